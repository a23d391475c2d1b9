//! Table-driven variants of the metadata fields as agencies' templates write them: labels,
//! value forms and placements, each checked for code, revision and issue date.

use super::super::text::{DocText, Line, Source};
use super::{code, issued, revision};
use crate::read::{Block, ExtractedDoc, Paragraph, Part, Table};

/// Where a case's field lines are placed in the document.
#[derive(Debug, Clone, Copy)]
enum At {
    /// One cover table cell after the agency and title cells, lines joined by line breaks.
    CoverCell,
    /// A body table with one "Label | value" row per line (split at " | ").
    TwoCell,
    /// The page header as one table row, lines inside one cell.
    Header,
    /// Footer paragraphs.
    Footer,
    /// Body paragraphs under a title.
    Body,
}

struct Case {
    at: At,
    lines: &'static [&'static str],
    /// Paragraphs appended after the fields (content that must not win).
    after: &'static [&'static str],
    code: Option<&'static str>,
    revision: Option<&'static str>,
    issued: Option<&'static str>,
}

const fn case(
    at: At,
    lines: &'static [&'static str],
    code: Option<&'static str>,
    revision: Option<&'static str>,
    issued: Option<&'static str>,
) -> Case {
    Case {
        at,
        lines,
        after: &[],
        code,
        revision,
        issued,
    }
}

fn para(text: &str, part: Part) -> Block {
    Block::Paragraph(Paragraph {
        text: text.to_string(),
        part,
        ..Default::default()
    })
}

fn table(rows: Vec<Vec<String>>, part: Part) -> Block {
    Block::Table(Table { rows, part })
}

fn build(c: &Case) -> DocText {
    let mut blocks = Vec::new();
    let mut headers = Vec::new();
    let joined = c.lines.join("\n");
    match c.at {
        At::CoverCell => blocks.push(table(
            vec![vec![
                "UBND TỈNH AN GIANG\nSỞ CÔNG THƯƠNG".to_string(),
                "QUY TRÌNH\nKIỂM SOÁT TÀI LIỆU".to_string(),
                joined,
            ]],
            Part::Body,
        )),
        At::TwoCell => {
            blocks.push(para("QUY TRÌNH KIỂM SOÁT TÀI LIỆU", Part::Body));
            blocks.push(table(
                c.lines
                    .iter()
                    .map(|l| l.split(" | ").map(String::from).collect())
                    .collect(),
                Part::Body,
            ));
        }
        At::Header => {
            headers.push(table(
                vec![vec![
                    "SỞ CÔNG THƯƠNG".to_string(),
                    "QUY TRÌNH KIỂM SOÁT TÀI LIỆU".to_string(),
                    joined,
                ]],
                Part::Header,
            ));
            blocks.push(para("1. MỤC ĐÍCH", Part::Body));
        }
        At::Footer => {
            for l in c.lines {
                headers.push(para(l, Part::Footer));
            }
            blocks.push(para("QUY TRÌNH KIỂM SOÁT TÀI LIỆU", Part::Body));
        }
        At::Body => {
            blocks.push(para("QUY TRÌNH KIỂM SOÁT TÀI LIỆU", Part::Body));
            for l in c.lines {
                blocks.push(para(l, Part::Body));
            }
        }
    }
    for a in c.after {
        blocks.push(para(a, Part::Body));
    }
    DocText::new(&ExtractedDoc {
        blocks,
        headers,
        ..Default::default()
    })
}

const D: Option<&str> = Some("2018-10-10");
const C: Option<&str> = Some("QT-01");
const R: Option<&str> = Some("01");

fn cases() -> Vec<Case> {
    use At::*;
    let mut v = vec![
        // Date labels.
        case(
            CoverCell,
            &[
                "Mã hiệu: QT-01",
                "Lần ban hành: 01",
                "Ngày ban hành: 10/10/2018",
            ],
            C,
            R,
            D,
        ),
        case(
            CoverCell,
            &[
                "Mã hiệu: QT-01",
                "Lần ban hành: 01",
                "Ban hành ngày: 10/10/2018",
            ],
            C,
            R,
            D,
        ),
        case(
            CoverCell,
            &[
                "Mã hiệu: QT-01",
                "Lần ban hành: 01",
                "Ban hành ngày 10/10/2018",
            ],
            C,
            R,
            D,
        ),
        case(
            CoverCell,
            &[
                "Mã hiệu: QT-01",
                "Lần ban hành: 01",
                "Ngày hiệu lực: 10/10/2018",
            ],
            C,
            R,
            D,
        ),
        case(
            CoverCell,
            &[
                "Mã hiệu: QT-01",
                "Lần ban hành: 01",
                "Ngày có hiệu lực: 10/10/2018",
            ],
            C,
            R,
            D,
        ),
        case(
            CoverCell,
            &[
                "Mã hiệu: QT-01",
                "Lần ban hành: 01",
                "Có hiệu lực từ ngày 10/10/2018",
            ],
            C,
            R,
            D,
        ),
        case(
            CoverCell,
            &[
                "Mã hiệu: QT-01",
                "Lần ban hành: 01",
                "Hiệu lực từ: 10/10/2018",
            ],
            C,
            R,
            D,
        ),
        case(
            CoverCell,
            &[
                "Mã hiệu: QT-01",
                "Lần ban hành: 01",
                "Áp dụng từ ngày: 10/10/2018",
            ],
            C,
            R,
            D,
        ),
        case(
            CoverCell,
            &[
                "Mã hiệu: QT-01",
                "Lần ban hành: 01",
                "Ngày áp dụng: 10/10/2018",
            ],
            C,
            R,
            D,
        ),
        case(
            CoverCell,
            &["Mã hiệu: QT-01", "Lần ban hành: 01", "Ngày: 10/10/2018"],
            C,
            R,
            D,
        ),
        case(
            CoverCell,
            &["Mã hiệu: QT-01", "Lần ban hành: 01", "Ngày BH: 10/10/2018"],
            C,
            R,
            D,
        ),
        case(
            CoverCell,
            &[
                "Mã hiệu: QT-01",
                "Lần ban hành: 01",
                "Ngày soạn thảo: 01/09/2018",
                "Ngày ban hành: 10/10/2018",
            ],
            C,
            R,
            D,
        ),
        case(
            CoverCell,
            &[
                "Mã hiệu: QT-01",
                "Ngày ban hành: 10/10/2018",
                "Ngày soạn thảo: 01/09/2018",
                "Lần ban hành: 01",
            ],
            C,
            R,
            D,
        ),
        case(
            CoverCell,
            &[
                "Mã hiệu: QT-01",
                "Lần sửa đổi: 01",
                "Ngày sửa đổi: 05/05/2020",
                "Ngày ban hành: 10/10/2018",
            ],
            C,
            R,
            D,
        ),
        case(
            CoverCell,
            &[
                "MÃ HIỆU: QT-01",
                "LẦN BAN HÀNH: 01",
                "NGÀY BAN HÀNH: 10/10/2018",
            ],
            C,
            R,
            D,
        ),
        case(
            CoverCell,
            &[
                "Ma hieu: QT-01",
                "Lan ban hanh: 01",
                "Ngay ban hanh: 10/10/2018",
            ],
            C,
            R,
            D,
        ),
        case(
            CoverCell,
            &[
                "MA HIEU: QT-01",
                "LAN BAN HANH: 01",
                "NGAY HIEU LUC: 10/10/2018",
            ],
            C,
            R,
            D,
        ),
        // Date forms.
        case(
            CoverCell,
            &["Mã hiệu: QT-01", "Ngày ban hành: 1/2/2019"],
            C,
            None,
            Some("2019-02-01"),
        ),
        case(
            CoverCell,
            &["Mã hiệu: QT-01", "Ngày ban hành: 01-02-2019"],
            C,
            None,
            Some("2019-02-01"),
        ),
        case(
            CoverCell,
            &["Mã hiệu: QT-01", "Ngày ban hành: 01.02.2019"],
            C,
            None,
            Some("2019-02-01"),
        ),
        case(
            CoverCell,
            &["Mã hiệu: QT-01", "Ngày ban hành: 2019-02-01"],
            C,
            None,
            Some("2019-02-01"),
        ),
        case(
            CoverCell,
            &["Mã hiệu: QT-01", "Ngày ban hành: ngày 10 tháng 10 năm 2018"],
            C,
            None,
            D,
        ),
        case(
            CoverCell,
            &["Mã hiệu: QT-01", "Ngày ban hành: 10 tháng 10 năm 2018"],
            C,
            None,
            D,
        ),
        case(
            CoverCell,
            &["Mã hiệu: QT-01", "Ngày ban hành: 10/10/18"],
            C,
            None,
            D,
        ),
        case(
            CoverCell,
            &["Mã hiệu: QT-01", "Ngày ban hành: …/…/2021"],
            C,
            None,
            None,
        ),
        case(
            CoverCell,
            &["Mã hiệu: QT-01", "Ngày ban hành: …../07/2021"],
            C,
            None,
            None,
        ),
        case(
            CoverCell,
            &["Mã hiệu: QT-01", "Ngày ban hành: Tháng 01/2025"],
            C,
            None,
            None,
        ),
        case(
            CoverCell,
            &["Mã hiệu: QT-01", "Ngày hiệu lực: ....../....../2021"],
            C,
            None,
            None,
        ),
        // Revision labels and values.
        case(
            CoverCell,
            &["Mã hiệu: QT-01", "Lần sửa đổi: 1"],
            C,
            Some("1"),
            None,
        ),
        case(
            CoverCell,
            &["Mã hiệu: QT-01", "Lần soát xét: 02.00"],
            C,
            Some("02.00"),
            None,
        ),
        case(
            CoverCell,
            &["Mã hiệu: QT-01", "Soát xét: A"],
            C,
            Some("A"),
            None,
        ),
        case(
            CoverCell,
            &["Mã hiệu: QT-01", "Ban hành lần: 01/2020"],
            C,
            Some("01/2020"),
            None,
        ),
        case(
            CoverCell,
            &["Mã hiệu: QT-01", "Phiên bản: 02"],
            C,
            Some("02"),
            None,
        ),
        case(
            CoverCell,
            &["Mã hiệu: QT-01", "Lần ban hành/sửa đổi: 01/00"],
            C,
            Some("01/00"),
            None,
        ),
        case(
            CoverCell,
            &["Mã hiệu: QT-01", "Lần: 02"],
            C,
            Some("02"),
            None,
        ),
        case(
            CoverCell,
            &["Mã hiệu: QT-01", "Lần ban hành: 01", "Trang: 1/5"],
            C,
            R,
            None,
        ),
        // Codes.
        case(
            CoverCell,
            &["Mã số: QT.ISO.02"],
            Some("QT.ISO.02"),
            None,
            None,
        ),
        case(
            CoverCell,
            &["Số hiệu: QT-SCT-QLTM-01"],
            Some("QT-SCT-QLTM-01"),
            None,
            None,
        ),
        case(
            CoverCell,
            &["Ký hiệu: TT-PTH-KPPN/01"],
            Some("TT-PTH-KPPN/01"),
            None,
            None,
        ),
        case(
            CoverCell,
            &["Ký hiệu tài liệu: BM-01/QT-03"],
            Some("BM-01/QT-03"),
            None,
            None,
        ),
        case(
            CoverCell,
            &["Mã tài liệu: BM.QT.05.01"],
            Some("BM.QT.05.01"),
            None,
            None,
        ),
        case(
            CoverCell,
            &["Mã: ST-BGĐ-STCL/00"],
            Some("ST-BGĐ-STCL/00"),
            None,
            None,
        ),
        case(
            CoverCell,
            &["Mã hiệu: QT.07/UBND"],
            Some("QT.07/UBND"),
            None,
            None,
        ),
        case(
            CoverCell,
            &["Mã số: 01/QT-VP"],
            Some("01/QT-VP"),
            None,
            None,
        ),
        case(
            CoverCell,
            &["Mã hiệu: QTHT.05"],
            Some("QTHT.05"),
            None,
            None,
        ),
        case(CoverCell, &["Mã hiệu: QT - 01"], C, None, None),
        case(
            CoverCell,
            &["Mã hiệu: QT-SCT-", "QLTM-01"],
            Some("QT-SCT-QLTM-01"),
            None,
            None,
        ),
        case(CoverCell, &["Mã hiệu: qt-01"], C, None, None),
        case(
            CoverCell,
            &[
                "Mã hiệu:",
                "QT-01",
                "Lần ban hành:",
                "01",
                "Ngày ban hành:",
                "10/10/2018",
            ],
            C,
            R,
            D,
        ),
        // Two-cell rows.
        case(
            TwoCell,
            &[
                "Mã hiệu | QT-01",
                "Lần ban hành | 01",
                "Ngày ban hành | 10/10/2018",
            ],
            C,
            R,
            D,
        ),
        case(
            TwoCell,
            &[
                "Mã số: | QT-01",
                "Lần sửa đổi: | 01",
                "Hiệu lực từ: | 10/10/2018",
            ],
            C,
            R,
            D,
        ),
        case(
            TwoCell,
            &[
                "Ký hiệu | QT - 01",
                "Phiên bản | 01",
                "Ngày BH | 10/10/2018",
            ],
            C,
            R,
            D,
        ),
        case(
            TwoCell,
            &[
                "Mã hiệu | Lần ban hành | Ngày ban hành",
                "QT-01 | 01 | 10/10/2018",
            ],
            C,
            R,
            D,
        ),
        // Page header and footer only.
        case(
            Header,
            &[
                "Mã hiệu: QT-01",
                "Lần ban hành: 01",
                "Ngày ban hành: 10/10/2018",
            ],
            C,
            R,
            D,
        ),
        case(
            Header,
            &["QT-01", "Lần sửa đổi: 01", "Ngày hiệu lực: 10/10/2018"],
            C,
            R,
            D,
        ),
        case(
            Footer,
            &["Mã hiệu: QT-01    Lần ban hành: 01    Ngày ban hành: 10/10/2018    Trang 1/5"],
            C,
            R,
            D,
        ),
        case(
            Footer,
            &["QT-01/Lần ban hành: 01/Ngày ban hành: 10/10/2018"],
            C,
            R,
            D,
        ),
        case(Footer, &["QT-01", "Trang 1/5"], C, None, None),
        case(
            Header,
            &["Mã số: QT-01 | Lần soát xét: 01 | Hiệu lực từ ngày: 10/10/2018"],
            C,
            R,
            D,
        ),
        case(
            Header,
            &[
                "MÃ SỐ: QT-01",
                "LẦN SOÁT XÉT: 01",
                "NGÀY ÁP DỤNG: 10/10/2018",
            ],
            C,
            R,
            D,
        ),
        case(
            TwoCell,
            &[
                "Mã hiệu | QT-01",
                "Ngày soạn thảo | 01/09/2018",
                "Ngày ban hành | 10/10/2018",
            ],
            C,
            None,
            D,
        ),
        case(
            TwoCell,
            &["Ký hiệu tài liệu: | QT - SCT - 01", "Ngày BH: | 10-10-2018"],
            Some("QT-SCT-01"),
            None,
            D,
        ),
        case(
            Footer,
            &["Mã hiệu: QT-01 - Trang 1/5 - Lần ban hành: 01"],
            C,
            R,
            None,
        ),
        // Body paragraphs.
        case(
            Body,
            &[
                "Mã hiệu: QT-01",
                "Lần ban hành: 01",
                "Ngày ban hành: 10/10/2018",
            ],
            C,
            R,
            D,
        ),
        case(
            Body,
            &["Mã số: QT-01 Lần ban hành: 01 Ngày hiệu lực: 10/10/2018"],
            C,
            R,
            D,
        ),
    ];
    // A revision table after the cover: its rows never override the cover's fields.
    v.push(Case {
        after: &[],
        ..case(
            TwoCell,
            &[
                "Mã hiệu | QT-01",
                "Lần ban hành | 01",
                "Ngày ban hành | 10/10/2018",
                "Lần sửa đổi | Ngày sửa đổi | Nội dung sửa đổi",
                "02 | 05/05/2020 | Cập nhật biểu mẫu",
                "03 | 06/06/2021 | Cập nhật căn cứ",
            ],
            C,
            R,
            D,
        )
    });
    // An issue history on the cover ("Theo dõi tình trạng ban hành") as the only place that
    // states the current issue: its latest row, whatever order the rows run in, blank rows left
    // for later issues ignored.
    v.push(case(
        TwoCell,
        &[
            "Mã số | QT.01/SLĐTBXH",
            "Lần ban hành | Ngày hiệu lực | Tóm tắt nội dung ban hành, sửa đổi | Ghi chú",
            "01 | 20/04/2012 | Ban hành lần đầu theo TCVN ISO 9001:2008 | ",
            "02 | 17/08/2015 | Bổ sung kiểm soát văn bản điện tử | ",
            "03 | 18/03/2019 | Chuyển đổi theo TCVN ISO 9001:2015 | ",
            " |  |  | ",
        ],
        Some("QT.01/SLĐTBXH"),
        Some("03"),
        Some("2019-03-18"),
    ));
    v.push(case(
        TwoCell,
        &[
            "Mã số | QT-01",
            "Lần ban hành | Ngày ban hành | Nội dung",
            "03 | ngày 18 tháng 3 năm 2019 | Chuyển đổi",
            "02 | 17/08/2015 | Bổ sung",
            "01 | 20/04/2012 | Ban hành lần đầu",
        ],
        Some("QT-01"),
        Some("03"),
        Some("2019-03-18"),
    ));
    // A cover field table with a page-count column; a code with an "ISO." prefix.
    v.push(case(
        TwoCell,
        &[
            "Mã hiệu | Lần ban hành | Ngày ban hành | Số trang",
            "ISO.CS | 02 | 15/3/2020 | 02",
        ],
        Some("ISO.CS"),
        Some("02"),
        Some("2020-03-15"),
    ));
    v.push(case(Header, &["ISO.QT.03"], Some("ISO.QT.03"), None, None));
    // A form's corner mark on one PDF line with the upper-case heading beside it is the code;
    // a code that opens a sentence is not.
    v.push(case(
        Body,
        &["BM.03-QT.03 SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH BẾN TRE ĐOÀN ĐÁNH GIÁ NỘI BỘ"],
        Some("BM.03-QT.03"),
        None,
        None,
    ));
    v.push(case(
        Body,
        &["UBND THỊ XÃ SÔNG CẦU\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM BM-02/QT.ISO.07\tĐộc lập - Tự do - Hạnh phúc"],
        Some("BM-02/QT.ISO.07"),
        None,
        None,
    ));
    v.push(case(
        Body,
        &["QT-05 chưa được cập nhật theo các văn bản pháp luật mới ban hành trong năm"],
        None,
        None,
        None,
    ));
    // A revision table as the only dated thing: no issue date.
    v.push(case(
        TwoCell,
        &[
            "TT | Ngày sửa đổi | Nội dung sửa đổi | Lần sửa đổi",
            "1 | 05/05/2020 | Cập nhật biểu mẫu | 02",
        ],
        None,
        None,
        None,
    ));
    // A TTHC procedure: legal references in the body are not the issue date.
    v.push(Case {
        after: &[
            "Căn cứ pháp lý:",
            "Nghị định 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính",
            "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ",
            "Thông tư 01/2018/TT-VPCP ngày 23/11/2018",
        ],
        ..case(Body, &["Mã hiệu: QT-01", "Lần ban hành: 01"], C, R, None)
    });
    v.push(Case {
        after: &[
            "Quyết định số 12/QĐ-UBND ngày 06/01/2025 của UBND tỉnh",
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015",
        ],
        ..case(
            Body,
            &[
                "Mã hiệu: QT-01",
                "Lần ban hành: 01",
                "Ngày ban hành: 10/10/2018",
            ],
            C,
            R,
            D,
        )
    });
    // The same fields in the header and the body.
    v.push(Case {
        after: &[
            "Mã hiệu: QT-01",
            "Lần ban hành: 01",
            "Ngày ban hành: 10/10/2018",
        ],
        ..case(
            Header,
            &[
                "Mã hiệu: QT-01",
                "Lần ban hành: 01",
                "Ngày ban hành: 10/10/2018",
            ],
            C,
            R,
            D,
        )
    });
    v
}

fn no_file() -> Line {
    Line {
        orig: String::new(),
        key: String::new(),
        source: Source::Header,
    }
}

#[test]
fn every_variant_gives_the_fields_a_consultant_reads() {
    let mut failures = Vec::new();
    let all = cases();
    for (i, c) in all.iter().enumerate() {
        let t = build(c);
        let got = (code(&t, &no_file()), revision(&t), issued(&t));
        let want = (
            c.code.map(String::from),
            c.revision.map(String::from),
            c.issued.map(String::from),
        );
        if got != want {
            failures.push(format!(
                "#{i} {:?} {:?}: got {got:?}, want {want:?}",
                c.at, c.lines
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} variants fail:\n{}",
        failures.len(),
        all.len(),
        failures.join("\n")
    );
}
