//! Property tests: config parsing never panics, whatever the file holds,
//! and errors are always one line that names the file.

use brief::config::{Config, KeyAction, ThemeRole};
use proptest::prelude::*;

fn check(text: &str) {
    if let Err(e) = Config::from_toml(text, "c.toml").map_err(|e| e.to_string()) {
        assert!(e.starts_with("c.toml"), "{e}");
        assert!(!e.contains('\n'), "{e}");
    }
}

/// Words a config is made of, so generated files get past the TOML parser
/// often and exercise the checks behind it.
fn piece() -> impl Strategy<Value = String> {
    let actions: Vec<String> = KeyAction::ALL
        .iter()
        .map(|a| a.name().to_string())
        .collect();
    let roles: Vec<String> = ThemeRole::ALL
        .iter()
        .map(|r| r.name().to_string())
        .collect();
    prop_oneof![
        Just("[keys]\n".to_string()),
        Just("[keys.bindings]\n".to_string()),
        Just("[theme]\n".to_string()),
        Just("preset = \"vim\"\n".to_string()),
        Just("preset = \"less\"\n".to_string()),
        (
            proptest::sample::select(actions),
            proptest::collection::vec(
                "[a-zA-Z0-9?<>{}-]{1,12}|ctrl-.|alt-.|shift-tab|f[0-9]{1,3}|space|\\PC{1,3}",
                0..4
            )
        )
            .prop_map(|(a, keys)| {
                let keys: Vec<String> = keys.iter().map(|k| format!("{k:?}")).collect();
                format!("{a} = [{}]\n", keys.join(", "))
            }),
        (
            proptest::sample::select(roles),
            "#[0-9a-fA-F]{0,7}|[a-z_ -]{1,14}|\\PC{0,5}"
        )
            .prop_map(|(r, c)| format!("{r} = {c:?}\n")),
        "\\PC{0,20}\n",
    ]
}

proptest! {
    #[test]
    fn any_text_is_parsed_or_refused_without_panicking(text in "\\PC{0,200}") {
        check(&text);
    }

    #[test]
    fn config_like_files_are_parsed_or_refused_in_one_line(pieces in proptest::collection::vec(piece(), 0..12)) {
        check(&pieces.concat());
    }

    #[test]
    fn valid_bindings_take_effect(action in proptest::sample::select(KeyAction::ALL.to_vec()), key in "[a-z]") {
        let text = format!("[keys.bindings]\n{} = [\"{key}\"]\n", action.name());
        let config = Config::from_toml(&text, "c.toml").map_err(|e| TestCaseError::fail(e.to_string()))?;
        let chord = brief::config::KeyChord::parse(&key).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(config.keymap.action(&chord), Some(action));
        prop_assert_eq!(config.keymap.keys_of(action), [chord]);
    }
}
