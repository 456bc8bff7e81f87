/// What a run of laid-out text is, for a front end to style. Roles combine:
/// a span's role is drawn on top of its line's role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    /// The source's title.
    Title,
    Subtitle,
    /// Author · outlet · date.
    Byline,
    Heading,
    Text,
    Quote,
    Caption,
    Code,
    /// A list bullet or number, or a quote bar.
    Marker,
    Emphasis,
    Strong,
    /// A link's URL (shown dim).
    LinkUrl,
    /// An outlet tag after a paragraph (shown dim).
    Citation,
}
