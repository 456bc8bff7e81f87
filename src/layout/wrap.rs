/// Wraps `text` to `width` display columns (wide characters count double);
/// words longer than the width are broken.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    textwrap::wrap(text, textwrap::Options::new(width).break_words(true))
        .into_iter()
        .map(|line| line.into_owned())
        .collect()
}
