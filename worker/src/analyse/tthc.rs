//! Published administrative procedures (`tthc.csv`): parsing the list (BOM, `;`/`,`/tab,
//! quotes) and matching each TTHC to the agency's TTHC procedures by code and by name.

use std::collections::BTreeSet;

use super::DocumentResult;
use super::kinds::DocKind;
use super::text::key;
use crate::read::Status;

/// One published TTHC.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tthc {
    pub code: String,
    pub name: String,
}

/// What the published list says about the agency's procedures.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TthcAssessment {
    /// A list was supplied (even if malformed).
    pub supplied: bool,
    /// Why the list could not be used, or what is wrong with it; empty when it is fine.
    pub problems: Vec<String>,
    /// The list was usable: coverage was checked.
    pub checked: bool,
    pub published: usize,
    /// Published TTHC no procedure covers, sorted by name.
    pub uncovered: Vec<Tthc>,
    /// Paths of TTHC procedures whose TTHC is not in the published list.
    pub unpublished: Vec<String>,
    /// Paths of TTHC procedures that cover some published TTHC.
    pub matched_docs: Vec<String>,
}

/// Parses the list; Err says why it is unusable (in English; the finding text wraps it).
pub fn parse(bytes: &[u8]) -> Result<(Vec<Tthc>, Vec<String>), String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        format!(
            "not UTF-8 text (invalid byte at offset {})",
            e.valid_up_to()
        )
    })?;
    let first_line = text.lines().next().unwrap_or("");
    let delimiter = [';', ',', '\t']
        .into_iter()
        .max_by_key(|d| (first_line.matches(*d).count(), *d == ','))
        .unwrap_or(',');
    let records = split_records(text, delimiter)?;
    let mut records = records
        .into_iter()
        .filter(|r| r.iter().any(|c| !c.trim().is_empty()));
    let header = records.next().ok_or("the file is empty")?;
    let header_keys: Vec<String> = header.iter().map(|h| key(h).trim().to_string()).collect();
    let find = |names: &[&str]| header_keys.iter().position(|h| names.contains(&h.as_str()));
    let name_col = find(&[
        "name",
        "ten",
        "ten tthc",
        "ten thu tuc",
        "ten thu tuc hanh chinh",
        "thu tuc hanh chinh",
    ])
    .ok_or_else(|| format!("no `name` column in the header ({})", header.join(", ")))?;
    let code_col = find(&[
        "code",
        "ma",
        "ma tthc",
        "ma thu tuc",
        "ma so",
        "ma thu tuc hanh chinh",
    ]);
    let mut problems = Vec::new();
    if code_col.is_none() {
        problems.push("no `code` column in the header; TTHC were matched by name only".to_string());
    }
    let mut list = Vec::new();
    let mut blank_names = 0usize;
    for r in records {
        let name = r
            .get(name_col)
            .map(|s| super::text::squash(s))
            .unwrap_or_default();
        if name.is_empty() {
            blank_names += 1;
            continue;
        }
        let code = code_col
            .and_then(|c| r.get(c))
            .map(|s| s.trim().to_string())
            .unwrap_or_default();
        list.push(Tthc { code, name });
    }
    if blank_names > 0 {
        problems.push(format!("{blank_names} row(s) without a name were skipped"));
    }
    if list.is_empty() {
        return Err("no TTHC rows under the header".to_string());
    }
    list.sort_by(|a, b| a.name.cmp(&b.name).then(a.code.cmp(&b.code)));
    list.dedup();
    Ok((list, problems))
}

/// RFC 4180 records: quoted fields may hold delimiters, doubled quotes and line breaks.
fn split_records(text: &str, delimiter: char) -> Result<Vec<Vec<String>>, String> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    field.push('"');
                    chars.next();
                } else {
                    quoted = false;
                }
            } else {
                field.push(c);
            }
        } else if c == '"' && field.trim().is_empty() {
            field.clear();
            quoted = true;
        } else if c == delimiter {
            record.push(std::mem::take(&mut field));
        } else if c == '\n' || c == '\r' {
            if c == '\r' && chars.peek() == Some(&'\n') {
                chars.next();
            }
            record.push(std::mem::take(&mut field));
            records.push(std::mem::take(&mut record));
        } else {
            field.push(c);
        }
    }
    if quoted {
        return Err("a quoted field is never closed".to_string());
    }
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        records.push(record);
    }
    Ok(records)
}

/// Words that tell one TTHC from its sibling ("cấp" vs "cấp lại"): a procedure covers a TTHC only
/// if it names every such word the TTHC names.
const DISCRIMINATORS: &[&str] = &[
    "cap lai",
    "cap doi",
    "sua doi",
    "bo sung",
    "gia han",
    "thu hoi",
    "dieu chinh",
    "chuyen doi",
    "chuyen nhuong",
    "huy bo",
    "xoa dang ky",
    "thay doi",
    "cham dut",
    "tam ngung",
    "dinh chi",
    "lan dau",
    "lan hai",
    "lan 2",
    "trich luc",
    "ban sao",
    "khai tu",
    "khai sinh",
    "ket hon",
    "nuoc ngoai",
    "co yeu to nuoc ngoai",
];

const STOP: &[&str] = &[
    "va", "cua", "cho", "ve", "tai", "o", "cac", "nhung", "mot", "theo", "trong", "tren", "thuoc",
    "voi", "doi voi",
];

/// The distinguishing part of a TTHC or procedure name, in matching form.
fn core(name: &str) -> String {
    let mut k = key(name);
    k = k.replace(['_', ',', ';', ':', '(', ')', '"', '/'], " ");
    let mut k = super::text::squash(&k);
    loop {
        let before = k.len();
        for p in [
            "quy trinh",
            "giai quyet",
            "thu tuc hanh chinh",
            "thu tuc",
            "tthc",
            "ve viec",
            "-",
            "ve ",
        ] {
            if let Some(rest) = k.strip_prefix(p) {
                k = rest.trim_start().to_string();
            }
        }
        if k.len() == before {
            break;
        }
    }
    k
}

fn tokens(core: &str) -> BTreeSet<String> {
    core.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|t| {
            !(t.is_empty()
                || STOP.contains(t)
                || t.chars().any(|c| c.is_ascii_digit()) && t.len() > 3)
        })
        .map(str::to_string)
        .collect()
}

/// Token Dice similarity of two cores (1.0 identical, 0.0 nothing shared).
pub fn similarity(a: &str, b: &str) -> f64 {
    let (ta, tb) = (tokens(a), tokens(b));
    if ta.is_empty() || tb.is_empty() {
        return 0.0;
    }
    let shared = ta.intersection(&tb).count() as f64;
    2.0 * shared / (ta.len() + tb.len()) as f64
}

/// True when procedure name `p` covers TTHC name `t` (both cores).
fn covers(p: &str, t: &str, p_is_multi: bool) -> bool {
    let dp: Vec<&&str> = DISCRIMINATORS.iter().filter(|d| p.contains(**d)).collect();
    let dt: Vec<&&str> = DISCRIMINATORS.iter().filter(|d| t.contains(**d)).collect();
    if dt.iter().any(|d| !dp.contains(d)) {
        return false;
    }
    if dp.iter().any(|d| !dt.contains(d)) && !p_is_multi {
        return false;
    }
    let (tp, tt) = (tokens(p), tokens(t));
    if tt.is_empty() || tp.is_empty() {
        return false;
    }
    let shared = tp.intersection(&tt).count();
    let dice = 2.0 * shared as f64 / (tp.len() + tt.len()) as f64;
    let recall = shared as f64 / tt.len() as f64;
    dice >= 0.75
        || recall >= 0.9 && tt.len() >= 3
        || shortened(p, t, tp.len())
        || crate::vntext::fuzzy::similarity(p, t) >= 0.9
}

/// A procedure titled with the head of the official TTHC name, its trailing qualifier dropped
/// ("Chứng thực bản sao từ bản chính giấy tờ, văn bản" for "… văn bản do cơ quan có thẩm quyền
/// của Việt Nam cấp"): the TTHC name starts with the procedure's words, and those are enough
/// (four or more) to name one TTHC. Siblings are already told apart by the discriminators.
fn shortened(p: &str, t: &str, p_tokens: usize) -> bool {
    p_tokens >= 4 && t.len() > p.len() && t.starts_with(p) && t[p.len()..].starts_with(' ')
}

/// Matches the published list against the agency's TTHC procedures.
pub fn assess(csv: Option<&[u8]>, documents: &[DocumentResult]) -> TthcAssessment {
    let mut out = TthcAssessment::default();
    let Some(bytes) = csv else { return out };
    out.supplied = true;
    let (list, problems) = match parse(bytes) {
        Ok(parsed) => parsed,
        Err(why) => {
            out.problems.push(why);
            return out;
        }
    };
    out.problems = problems;
    out.checked = true;
    out.published = list.len();
    struct Proc<'a> {
        path: &'a str,
        core: String,
        multi: bool,
        codes: Vec<String>,
        read: bool,
    }
    // Files that could not be read still count when their code names the TTHC: the procedure
    // exists (the unreadable-documents finding says it must be provided readably).
    let procs: Vec<Proc> = documents
        .iter()
        .filter_map(|d| {
            let a = d.analysis.as_ref()?;
            if a.kind != DocKind::Administrative && !a.also.contains(&DocKind::Administrative) {
                return None;
            }
            let name = a
                .title
                .clone()
                .unwrap_or_else(|| d.path.rsplit('/').next().unwrap_or(&d.path).to_string());
            let mut codes: Vec<String> = a
                .facts
                .tthc_codes
                .iter()
                .map(|c| c.to_ascii_lowercase())
                .collect();
            if let Some(c) = &a.code {
                codes.push(key(c));
            }
            Some(Proc {
                read: d.status == Status::Analysed,
                path: &d.path,
                multi: name.contains(',')
                    || key(&name).contains(" va ")
                    || name.contains('/')
                    || name.contains(';'),
                core: core(&name),
                codes,
            })
        })
        .collect();
    let mut used = BTreeSet::new();
    for t in &list {
        let t_core = core(&t.name);
        let t_code = key(t.code.trim());
        let mut found = false;
        for p in &procs {
            let by_code = !t_code.is_empty() && p.codes.contains(&t_code);
            if by_code || p.read && covers(&p.core, &t_core, p.multi) {
                used.insert(p.path);
                found = true;
            }
        }
        if !found {
            out.uncovered.push(t.clone());
        }
    }
    out.matched_docs = used.iter().map(|p| p.to_string()).collect();
    out.unpublished = procs
        .iter()
        .filter(|p| !used.contains(p.path))
        .map(|p| p.path.to_string())
        .collect();
    out.unpublished.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_bom_semicolons_and_quotes() {
        let csv = "\u{feff}code;name;field\n1.001;\"Cấp giấy phép; bán lẻ rượu\";Thương mại\r\n;Đăng ký khai sinh;Tư pháp\n";
        let (list, problems) = parse(csv.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
        assert!(problems.is_empty());
        assert_eq!(list.len(), 2);
        assert_eq!(list[0].name, "Cấp giấy phép; bán lẻ rượu");
        assert_eq!(list[1].code, "");
    }

    #[test]
    fn malformed_lists_are_errors_not_panics() {
        assert!(parse(b"code,title\n1,x\n").is_err());
        assert!(parse(b"code,name\n1,\"never closed\n").is_err());
        assert!(parse(b"\xff\xfe\x00").is_err());
        assert!(parse(b"").is_err());
        let (list, problems) =
            parse("name\nĐăng ký kết hôn\n".as_bytes()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((list.len(), problems.len()), (1, 1));
    }

    #[test]
    fn siblings_are_not_confused() {
        let p = core("Quy trình cấp giấy phép kinh doanh bán lẻ sản phẩm rượu");
        assert!(covers(&p, &core("Cấp giấy phép bán lẻ rượu"), false));
        assert!(!covers(&p, &core("Cấp lại giấy phép bán lẻ rượu"), false));
        let multi = core("Quy trình cấp, cấp lại giấy phép bán lẻ rượu");
        assert!(covers(&multi, &core("Cấp lại giấy phép bán lẻ rượu"), true));
        assert!(covers(&multi, &core("Cấp giấy phép bán lẻ rượu"), true));
        assert!(!covers(
            &core("Quy trình đăng ký khai sinh"),
            &core("Đăng ký khai tử"),
            false
        ));
        // A procedure titled with the head of the official name covers it; a sibling that
        // differs in a discriminator ("nước ngoài") still does not.
        let head = core("Quy trình chứng thực bản sao từ bản chính giấy tờ, văn bản");
        let official = "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của Việt Nam cấp";
        assert!(covers(&head, &core(official), false));
        let foreign = "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của nước ngoài cấp";
        assert!(!covers(&head, &core(foreign), false));
        // Three words are too few to stand for a longer name.
        assert!(!covers(
            &core("Quy trình cấp giấy phép"),
            &core("Cấp giấy phép xây dựng nhà ở riêng lẻ"),
            false
        ));
        assert!(similarity("dang ky ket hon", "dang ky ket hon") > 0.99);
    }
}
