//! Accuracy on the seventh blind campaign (`tests/blind7/campaign/`, made by `tests/blind7/make.py`
//! with PDFs built by hand as real producers write them — Word's Type0/Identity-H fonts with
//! ToUnicode maps and TJ kerning, object and cross-reference streams, printer drivers' glyph-by-
//! glyph and out-of-order drawing, Form XObjects, rotated and cropped pages, separate combining
//! tone marks, simple fonts with glyph-name Differences, an incremental update, encryption —
//! and labelled by hand in `tests/blind7/expected.toml`): the real readers and analysis on files
//! no rule was written from.

use crate::scoring::score_campaign;

#[test]
fn blind7_campaign_meets_accuracy_targets() {
    score_campaign("tests/blind7/campaign", "tests/blind7/expected.toml")
        .assert_targets(&["status", "kind"]);
}
