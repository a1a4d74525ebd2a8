#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Err(e) = copydesk::Config::from_toml(text) {
            assert!(e.line >= 1 && e.column >= 1);
        }
    }
});
