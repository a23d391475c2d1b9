//! `report.json`: the gap report in the contract §3 schema, byte-stable.

use super::model::Report;

/// Pretty JSON with a trailing newline. Field order is the model's declaration order, which is
/// the contract's order, so two runs over the same documents give byte-identical files that
/// diff cleanly between campaigns.
pub fn render(report: &Report) -> Vec<u8> {
    to_pretty_json(report)
}

/// Pretty JSON of a model value. The model holds only strings, numbers, sequences and structs
/// (no maps with non-string keys), and writing into a `Vec` cannot fail, so serde_json has no
/// error to report here.
pub(crate) fn to_pretty_json<T: serde::Serialize>(value: &T) -> Vec<u8> {
    let mut out = serde_json::to_vec_pretty(value)
        .expect("report model serialises: plain structs with string keys into memory");
    out.push(b'\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixtures;

    #[test]
    fn output_is_stable_pretty_and_round_trips() {
        let report = fixtures::department_2008();
        let a = render(&report);
        let b = render(&report.clone());
        assert_eq!(a, b);
        assert_eq!(a.last(), Some(&b'\n'));
        assert!(a.starts_with(b"{\n  \"schema_version\": 1,\n  \"agency\": {"));
        let back: Report = serde_json::from_slice(&a).unwrap();
        assert_eq!(back, report);
    }

    #[test]
    fn contract_field_names_and_order_are_kept() {
        let text = String::from_utf8(render(&fixtures::department_2008())).unwrap();
        let order = [
            "\"schema_version\"",
            "\"agency\"",
            "\"documents\"",
            "\"clauses\"",
            "\"findings\"",
        ];
        let positions: Vec<usize> = order
            .iter()
            .map(|k| text.find(k).unwrap_or(usize::MAX))
            .collect();
        assert!(positions.windows(2).all(|w| w[0] < w[1]), "{positions:?}");
        for key in [
            "\"path\"",
            "\"format\"",
            "\"status\"",
            "\"error\"",
            "\"kind\"",
            "\"confidence\"",
            "\"title\"",
            "\"code\"",
            "\"revision\"",
            "\"issued\"",
            "\"edition\"",
            "\"action\"",
            "\"target\"",
            "\"clauses_2015\"",
            "\"evidence\"",
            "\"severity\"",
            "\"recommendation\"",
        ] {
            assert!(text.contains(key), "{key} missing");
        }
        assert!(text.contains("\"edition\": \"2008\""));
        assert!(text.contains("\"kind\": \"procedure.preventive_action\""));
        // Vietnamese stays readable UTF-8, not \u escapes.
        assert!(text.contains("Sở Công Thương"));
    }
}
