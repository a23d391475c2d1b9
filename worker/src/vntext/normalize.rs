//! Normalisation for display (NFC) and for matching (case, tone-mark placement, QUI/QUY, no diacritics).

use unicode_normalization::UnicodeNormalization;

/// Unicode NFC, the form every stored and displayed string takes.
pub fn nfc(text: &str) -> String {
    text.nfc().collect()
}
