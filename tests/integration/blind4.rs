//! Accuracy on the fourth blind campaign (`tests/blind4/campaign/`, made by `tests/blind4/make.py`
//! with a fourth firm's templates — table-less "Label: value" covers dated only in the signature
//! block, a 2-row header table with four field cells, mostly PDF — and labelled by hand in
//! `tests/blind4/expected.toml`): the real readers and analysis on files no rule was written from.

use crate::scoring::score_campaign;

#[test]
fn blind4_campaign_meets_accuracy_targets() {
    score_campaign("tests/blind4/campaign", "tests/blind4/expected.toml")
        .assert_targets(&["status", "kind"]);
}
