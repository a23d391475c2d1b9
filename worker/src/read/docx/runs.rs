//! From a paragraph's runs (text plus effective properties) to a [`Paragraph`]: legacy TCVN3/VNI
//! runs decoded by font name or by statistics, NFC, and the bold/caps hints.

use std::collections::{BTreeSet, HashMap};

use super::styles::{RunProps, Styles};
use crate::read::{LegacyEncoding, Paragraph};
use crate::vntext::{legacy, normalize};

/// A run as read, its properties already merged with its character and paragraph styles.
#[derive(Debug, Clone, Default)]
pub struct RawRun {
    pub text: String,
    pub props: RunProps,
    pub style: Option<String>,
}

/// Fonts and encodings seen across a story, with the legacy verdict per font name cached
/// (paragraphs repeat the same few fonts thousands of times).
#[derive(Debug, Default)]
pub struct FontLedger {
    pub fonts: BTreeSet<String>,
    pub encodings: BTreeSet<LegacyEncoding>,
    /// Font name → (encoding, capitals-only variant).
    verdicts: HashMap<String, Option<(LegacyEncoding, bool)>>,
}

impl FontLedger {
    fn legacy_verdict(&mut self, name: &str) -> Option<(LegacyEncoding, bool)> {
        if let Some(verdict) = self.verdicts.get(name) {
            return *verdict;
        }
        let verdict = legacy::encoding_for_font(name).map(|encoding| {
            // `.VnTimeH`, `.VnArialH`: the capitals-only TCVN3 variants.
            let upper = encoding == LegacyEncoding::Tcvn3 && name.trim_end().ends_with('H');
            (encoding, upper)
        });
        self.verdicts.insert(name.to_string(), verdict);
        self.fonts.insert(name.to_string());
        verdict
    }
}

/// Characters a legacy 8-bit text can turn into when read as Windows-1252; a run holding any
/// other character (ạ, ư, đ, a combining mark) is real Unicode and never mojibake.
fn in_cp1252_repertoire(c: char) -> bool {
    (c as u32) < 0x100
        || matches!(
            c,
            '€' | '‚'
                | 'ƒ'
                | '„'
                | '…'
                | '†'
                | '‡'
                | 'ˆ'
                | '‰'
                | 'Š'
                | '‹'
                | 'Œ'
                | 'Ž'
                | '‘'
                | '’'
                | '“'
                | '”'
                | '•'
                | '–'
                | '—'
                | '˜'
                | '™'
                | 'š'
                | '›'
                | 'œ'
                | 'ž'
                | 'Ÿ'
        )
}

/// Decodes and joins the runs of one paragraph, recording fonts and decoded encodings.
pub fn finish_paragraph(runs: Vec<RawRun>, styles: &Styles, ledger: &mut FontLedger) -> Paragraph {
    struct Decoded {
        text: String,
        /// Decoded by font, or a candidate for decoding by statistics.
        legacy: bool,
        bold: bool,
        caps: bool,
    }
    let mut decoded = Vec::with_capacity(runs.len());
    for run in runs {
        let mut legacy_font: Option<(LegacyEncoding, bool)> = None;
        // hAnsi is the font Word draws the 0x80–0xFF range with, where legacy text lives; the
        // complex-script font is collected but never decides the encoding.
        let slots = [
            (&run.props.h_ansi, true),
            (&run.props.ascii, true),
            (&run.props.cs, false),
        ];
        for (font, decides) in slots {
            let Some(name) = font.as_ref().and_then(|f| styles.font_name(f)) else {
                continue;
            };
            let verdict = ledger.legacy_verdict(&name);
            if decides && legacy_font.is_none() {
                legacy_font = verdict;
            }
        }
        let text = match legacy_font {
            Some((encoding, upper)) if !run.text.is_empty() => {
                ledger.encodings.insert(encoding);
                let text = legacy::decode(&run.text, encoding);
                if upper { text.to_uppercase() } else { text }
            }
            _ => run.text,
        };
        decoded.push(Decoded {
            text,
            legacy: legacy_font.is_some(),
            bold: run.props.bold.unwrap_or(false),
            caps: run.props.caps.unwrap_or(false),
        });
    }

    // Text pasted from a legacy document into a Unicode font keeps its mojibake.
    let is_candidate =
        |d: &Decoded| !d.legacy && !d.text.is_ascii() && d.text.chars().all(in_cp1252_repertoire);
    if decoded.iter().any(is_candidate) {
        let candidate_text: String = decoded
            .iter()
            .filter(|d| is_candidate(d))
            .map(|d| d.text.as_str())
            .collect();
        if let Some(encoding) = legacy::detect(&candidate_text) {
            ledger.encodings.insert(encoding);
            for run in decoded.iter_mut().filter(|d| is_candidate(d)) {
                run.text = legacy::decode(&run.text, encoding);
                run.legacy = true;
            }
        }
    }

    let mut n_visible = 0usize;
    let mut n_bold = 0usize;
    let mut n_letters = 0usize;
    let mut n_upper = 0usize;
    let mut text = String::new();
    for run in &decoded {
        for c in run.text.chars() {
            if c.is_whitespace() {
                continue;
            }
            n_visible += 1;
            n_bold += usize::from(run.bold);
            // Only cased letters say anything about capitals.
            let upper = c.is_uppercase();
            if upper || c.is_lowercase() {
                n_letters += 1;
                n_upper += usize::from(run.caps || upper);
            }
        }
        text.push_str(&run.text);
    }
    let text = match unicode_normalization::is_nfc_quick(text.chars()) {
        unicode_normalization::IsNormalized::Yes => text,
        _ => normalize::nfc(&text),
    };
    Paragraph {
        text,
        bold: n_visible > 0 && n_bold * 2 > n_visible,
        caps: n_letters > 0 && n_upper * 2 > n_letters,
        ..Paragraph::default()
    }
}
