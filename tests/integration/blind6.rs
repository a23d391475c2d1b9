//! Accuracy on the sixth blind campaign (`tests/blind6/campaign/`, made by `tests/blind6/make.py`
//! as Word really writes files — words split across runs and bookmarks, titles in text boxes,
//! fields in content controls, tracked changes whose deletions must not be read, field codes,
//! automatic numbering, first-page and shared headers, a VNI-encoded heading — and labelled by
//! hand in `tests/blind6/expected.toml`): the real readers and analysis on files no rule was
//! written from.

use crate::scoring::score_campaign;

#[test]
fn blind6_campaign_meets_accuracy_targets() {
    score_campaign("tests/blind6/campaign", "tests/blind6/expected.toml")
        .assert_targets(&["status", "kind"]);
}
