//! The four sample agencies: a department still on 2008, a messy commune, a fully converted ward
//! and a half-converted department, with what the report must say about each.

use crate::content::{self, Internal};
use crate::entry::{Entry, Exp, Out, analysed, not_read};
use crate::layout::{Body, Cover, Hdr, House, Meta, procedure};
use crate::legacy::Legacy;
use crate::model::FontSel;
use crate::raw;
use crate::sysdocs;
use crate::tthc_data::{COMMUNE_TP, SCT_ATNL, SCT_QLTM, STP};

/// A system procedure of the half-converted set: code, title, kind, body, edition, date, as PDF.
type SystemProc = (
    &'static str,
    &'static str,
    &'static str,
    Body,
    Option<&'static str>,
    &'static str,
    bool,
);

/// A finding expectation: by rule id, or by clause and severity while ids are not fixed.
#[derive(Debug, Clone, Default)]
pub struct Find {
    pub id: Option<&'static str>,
    pub clause: Option<&'static str>,
    pub severity: Option<&'static str>,
}

pub fn by_id(id: &'static str) -> Find {
    Find {
        id: Some(id),
        ..Find::default()
    }
}

pub fn by_clause(clause: &'static str, severity: Option<&'static str>) -> Find {
    Find {
        clause: Some(clause),
        severity,
        ..Find::default()
    }
}

pub struct Agency {
    pub id: &'static str,
    pub name: &'static str,
    pub level: &'static str,
    pub tthc_csv: Option<String>,
    pub entries: Vec<Entry>,
    pub clauses: Vec<(&'static str, &'static str)>,
    pub must_find: Vec<Find>,
    pub must_not: Vec<Find>,
}

/// An entry whose file extension follows what is written (a PDF is never named `.docx`).
fn entry(path: &str, out: Out, exp: Exp) -> Entry {
    let ext = match out {
        Out::Pdf(_) | Out::Scan(_) => Some("pdf"),
        Out::Jpeg(_) => Some("jpg"),
        _ => None,
    };
    let path = match (ext, path.rsplit_once('.')) {
        (Some(ext), Some((stem, _))) => format!("{stem}.{ext}"),
        _ => path.to_string(),
    };
    Entry {
        path,
        nfd_name: false,
        out,
        exp,
    }
}

/// A procedure whose expectation follows from its meta and kind.
fn proc_entry(
    path: &str,
    h: &House,
    m: &Meta,
    body: Body,
    kind: &'static str,
    edition: Option<&'static str>,
    pdf: bool,
) -> Entry {
    let doc = procedure(h, m, body);
    let exp = analysed(
        kind,
        m.code.as_deref(),
        m.rev.as_deref(),
        m.date.as_deref(),
        edition,
    );
    entry(path, if pdf { Out::Pdf(doc) } else { Out::Docx(doc) }, exp)
}

fn csv(rows: &[(&str, &str, &str)]) -> String {
    let mut out = String::from("code,name,field\n");
    for (code, name, field) in rows {
        out.push_str(&format!("{code},\"{name}\",{field}\n"));
    }
    out
}

fn slug_ascii(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let plain: String = name
        .replace('đ', "d")
        .replace('Đ', "D")
        .nfd()
        .filter(|c| c.is_ascii())
        .collect();
    plain
        .split_whitespace()
        .take(8)
        .collect::<Vec<_>>()
        .join(" ")
        .replace(',', "")
}

/// 1. Sở Công Thương: the 2008 set of seed 004.
pub fn so_cong_thuong() -> Agency {
    let h = House {
        parent: "UBND TỈNH BẮC KẠN",
        agency: "SỞ CÔNG THƯƠNG",
        code_label: "Mã hiệu",
        rev_label: "Lần ban hành",
        date_label: "Ngày ban hành",
        cover: Cover::ThreeCol,
        header: Hdr::Table,
        signoff: ["Soạn thảo", "Soát xét", "Phê duyệt"],
        signers: [
            ("Nông Thị Thảo", "Thư ký ISO"),
            ("Hoàng Văn Minh", "Phó Giám đốc - Đại diện lãnh đạo"),
            ("Lưu Đức Tâm", "Giám đốc Sở"),
        ],
        rev_title: "THEO DÕI SỬA ĐỔI",
        font: FontSel::Unicode("Times New Roman"),
        headings: 0,
        records_head: ["TT", "Tên hồ sơ", "Trách nhiệm lưu", "Thời gian lưu"],
    };
    let e = Some("2008");
    let d = "10/10/2018";
    let mut v = Vec::new();
    let m = Meta::new(
        "",
        "Chính sách chất lượng",
        Some("CSCL-SCT"),
        Some("03"),
        Some(d),
    );
    v.push(entry(
        "01 He thong/Chinh sach chat luong.pdf",
        Out::Pdf(sysdocs::policy(&h, &m, "2008", "Sở Công Thương")),
        analysed("quality_policy", Some("CSCL-SCT"), Some("03"), Some(d), e),
    ));
    let m = Meta::new(
        "",
        "Mục tiêu chất lượng năm 2025",
        Some("MTCL-SCT"),
        Some("01"),
        Some("06/01/2025"),
    );
    v.push(entry(
        "01 He thong/Muc tieu chat luong 2025.docx",
        Out::Docx(sysdocs::objectives(&h, &m, "2008", "2025", false)),
        analysed(
            "quality_objectives",
            Some("MTCL-SCT"),
            Some("01"),
            Some("06/01/2025"),
            e,
        ),
    ));
    let m = Meta::new(
        "SỔ TAY",
        "Chất lượng",
        Some("STCL-SCT"),
        Some("03"),
        Some(d),
    )
    .cover(Cover::Stacked);
    v.push(entry(
        "01 He thong/So tay chat luong.docx",
        Out::Docx(sysdocs::manual(&h, &m, "2008", true)),
        analysed("quality_manual", Some("STCL-SCT"), Some("03"), Some(d), e),
    ));

    let general: [(&str, &str, &'static str, Body); 7] = [
        (
            "QT-SCT-01",
            "Kiểm soát tài liệu",
            "procedure.document_control",
            content::document_control("2008", "QT-SCT-01", 0),
        ),
        (
            "QT-SCT-02",
            "Kiểm soát hồ sơ",
            "procedure.record_control",
            content::record_control("2008", "QT-SCT-02"),
        ),
        (
            "QT-SCT-03",
            "Đánh giá nội bộ",
            "procedure.internal_audit",
            content::internal_audit("2008", "QT-SCT-03"),
        ),
        (
            "QT-SCT-04",
            "Kiểm soát sản phẩm không phù hợp",
            "procedure.nonconforming_product",
            content::nonconforming_product("2008", "QT-SCT-04"),
        ),
        (
            "QT-SCT-05",
            "Hành động khắc phục",
            "procedure.corrective_action",
            content::corrective_action("2008", "QT-SCT-05", 0),
        ),
        (
            "QT-SCT-06",
            "Hành động phòng ngừa",
            "procedure.preventive_action",
            content::preventive_action("2008", "QT-SCT-06"),
        ),
        (
            "QT-SCT-07",
            "Họp xem xét của lãnh đạo",
            "procedure.management_review",
            content::management_review("2008", "QT-SCT-07"),
        ),
    ];
    for (i, (code, title, kind, body)) in general.into_iter().enumerate() {
        let m = Meta::new("QUY TRÌNH", title, Some(code), Some("03"), Some(d));
        let path = format!("02 Quy trinh chung/{code} {}.docx", slug_ascii(title));
        v.push(proc_entry(&path, &h, &m, body, kind, e, i == 5));
    }
    let internals = [
        ("QT-SCT-VP-01", Internal::VanThu),
        ("QT-SCT-VP-02", Internal::ThiDua),
        ("QT-SCT-KHTC-01", Internal::DuToan),
        ("QT-SCT-TTr-01", Internal::ThanhTra),
    ];
    for (code, kind) in internals {
        let m = Meta::new(
            "QUY TRÌNH",
            kind.title(),
            Some(code),
            Some("02"),
            Some("15/03/2017"),
        )
        .cover(Cover::Stacked);
        let path = format!(
            "03 Quy trinh noi bo/{code} {}.docx",
            slug_ascii(kind.title())
        );
        let pdf = matches!(kind, Internal::ThanhTra);
        v.push(proc_entry(
            &path,
            &h,
            &m,
            content::internal(kind, "2008"),
            "procedure.internal",
            e,
            pdf,
        ));
    }
    let mut published = Vec::new();
    for (i, t) in SCT_QLTM.iter().enumerate() {
        let code = format!("QT-SCT-QLTM-{:02}", i + 1);
        // Two procedures show their code only in the page header; a few blank dates.
        let mut m = Meta::new(
            "QUY TRÌNH",
            &format!("Giải quyết thủ tục {}", lower_first(t.name)),
            Some(&code),
            Some("03"),
            Some(if i % 5 == 3 { "…/…/2018" } else { d }),
        );
        if i == 2 || i == 9 {
            m = m.cover(Cover::HeaderOnly);
        }
        let body = content::tthc(
            t,
            "2008",
            "Phòng Quản lý Thương mại",
            i % 4 != 1,
            i % 2 == 0,
        );
        let path = format!("04 TTHC/QLTM/{code}.docx");
        v.push(proc_entry(
            &path,
            &h,
            &m,
            body,
            "procedure.administrative",
            e,
            i % 4 == 0,
        ));
        // QLTM-13 is no longer published (hợp đồng theo mẫu moved to the ministry).
        if i != 12 {
            published.push((code.clone(), t.name, t.field));
        }
    }
    for (i, t) in SCT_ATNL.iter().enumerate() {
        let code = format!("QT-SCT-ATNL-{:02}", i + 1);
        let m = Meta::new(
            "QUY TRÌNH",
            &format!("Giải quyết thủ tục {}", lower_first(t.name)),
            Some(&code),
            Some("02"),
            Some("20/04/2019"),
        )
        .cover(Cover::Stacked);
        let body = content::tthc(t, "2008", "Phòng Quản lý Năng lượng", true, true);
        v.push(proc_entry(
            &format!("04 TTHC/ATNL/{code}.docx"),
            &h,
            &m,
            body,
            "procedure.administrative",
            e,
            i == 1,
        ));
        published.push((code, t.name, t.field));
    }
    // Published TTHC that no procedure covers.
    published.push((
        String::new(),
        "Cấp Giấy phép bán lẻ sản phẩm thuốc lá",
        "Lưu thông hàng hóa trong nước",
    ));
    published.push((
        String::new(),
        "Cấp Giấy chứng nhận đủ điều kiện sản xuất rượu công nghiệp (quy mô dưới 03 triệu lít/năm)",
        "Công nghiệp tiêu dùng",
    ));
    published.push((
        String::new(),
        "Cấp Giấy xác nhận đủ điều kiện làm thương nhân phân phối xăng dầu",
        "Kinh doanh khí, xăng dầu",
    ));
    let rows: Vec<(&str, &str, &str)> = published
        .iter()
        .map(|(c, n, f)| (c.as_str(), *n, *f))
        .collect();

    // Forms and records.
    v.push(entry(
        "05 Bieu mau/BM-01-QT-SCT-05 Phieu yeu cau HDKP.docx",
        Out::Docx(sysdocs::empty_form(
            &h,
            "BM-01/QT-SCT-05",
            "PHIẾU YÊU CẦU HÀNH ĐỘNG KHẮC PHỤC",
            &[
                "Nơi phát hiện",
                "Mô tả sự không phù hợp",
                "Nguyên nhân",
                "Biện pháp khắc phục",
                "Kiểm tra hiệu lực",
            ],
        )),
        analysed("form", Some("BM-01/QT-SCT-05"), None, None, None),
    ));
    v.push(entry(
        "05 Bieu mau/BM-02-QT-SCT-01 Danh muc tai lieu noi bo.docx",
        Out::Docx(sysdocs::empty_form(
            &h,
            "BM-02/QT-SCT-01",
            "DANH MỤC TÀI LIỆU NỘI BỘ",
            &["Tên tài liệu", "Mã hiệu", "Lần ban hành", "Ngày ban hành"],
        )),
        analysed("form", Some("BM-02/QT-SCT-01"), None, None, None),
    ));
    v.push(entry(
        "05 Bieu mau/BM-01-QT-SCT-03 Ke hoach danh gia noi bo.docx",
        Out::Docx(sysdocs::empty_form(
            &h,
            "BM-01/QT-SCT-03",
            "KẾ HOẠCH ĐÁNH GIÁ NỘI BỘ",
            &[
                "Thời gian",
                "Bộ phận được đánh giá",
                "Quá trình",
                "Chuyên gia đánh giá",
            ],
        )),
        analysed("form", Some("BM-01/QT-SCT-03"), None, None, None),
    ));
    v.push(entry(
        "06 Ho so/2024/Ke hoach danh gia noi bo 2024.pdf",
        Out::Pdf(sysdocs::audit_record(
            &h,
            Some("BM-01/QT-SCT-03"),
            "2024",
            false,
            "05/04/2024",
            "2008",
        )),
        analysed(
            "record.internal_audit",
            Some("BM-01/QT-SCT-03"),
            None,
            None,
            e,
        ),
    ));
    v.push(entry(
        "06 Ho so/2024/Bao cao danh gia noi bo 2024.docx",
        Out::Docx(sysdocs::audit_record(
            &h,
            Some("BM-03/QT-SCT-03"),
            "2024",
            true,
            "20/05/2024",
            "2008",
        )),
        analysed(
            "record.internal_audit",
            Some("BM-03/QT-SCT-03"),
            None,
            None,
            e,
        ),
    ));
    v.push(entry(
        "06 Ho so/2024/Bien ban hop xem xet lanh dao 2024.docx",
        Out::Docx(sysdocs::review_minutes(
            &h,
            Some("BM-02/QT-SCT-07"),
            "2024",
            "04/10/2024",
            "2008",
        )),
        analysed(
            "record.management_review",
            Some("BM-02/QT-SCT-07"),
            None,
            None,
            e,
        ),
    ));
    v.push(entry(
        "06 Ho so/2025/Ke hoach danh gia noi bo 2025.docx",
        Out::Docx(sysdocs::audit_record(
            &h,
            Some("BM-01/QT-SCT-03"),
            "2025",
            false,
            "02/04/2025",
            "2008",
        )),
        analysed(
            "record.internal_audit",
            Some("BM-01/QT-SCT-03"),
            None,
            None,
            e,
        ),
    ));
    v.push(entry(
        "06 Ho so/2025/Phieu yeu cau HDKP so 01-2025.docx",
        Out::Docx(sysdocs::ca_request(&h, "BM-01/QT-SCT-05", "01/2025")),
        analysed(
            "record.corrective_action",
            Some("BM-01/QT-SCT-05"),
            None,
            None,
            None,
        ),
    ));

    Agency {
        id: "so-cong-thuong",
        name: "Sở Công Thương",
        level: "province",
        tthc_csv: Some(csv(&rows)),
        entries: v,
        clauses: vec![
            ("4.1", "missing"),
            ("4.2", "missing"),
            ("6.1", "missing"),
            ("6.2", "partial"),
            ("7.5", "partial"),
            ("8.7", "partial"),
            ("9.2", "partial"),
            ("9.3", "partial"),
            ("10.2", "partial"),
        ],
        must_find: vec![
            by_id("preventive-action-replaced-by-risk"),
            by_clause("4.1", Some("major")),
            by_clause("9.3", None),
        ],
        must_not: vec![],
    }
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// 2. A messy commune: legacy fonts, NFD, a scan, a corrupt file, unsupported formats.
pub fn ubnd_xa() -> anyhow::Result<Agency> {
    let unicode = House {
        parent: "UBND HUYỆN CHỢ MỚI",
        agency: "UBND XÃ YÊN ĐĨNH",
        code_label: "Mã số",
        rev_label: "Lần sửa đổi",
        date_label: "Ngày hiệu lực",
        cover: Cover::Stacked,
        header: Hdr::Line,
        signoff: ["Người soạn thảo", "Người kiểm tra", "Người phê duyệt"],
        signers: [
            ("Ma Thị Hoa", "Thư ký ISO"),
            ("Triệu Văn Sơn", "Phó Chủ tịch UBND"),
            ("Hà Văn Bình", "Chủ tịch UBND"),
        ],
        rev_title: "SỬA ĐỔI TÀI LIỆU",
        font: FontSel::Unicode("Times New Roman"),
        headings: 2,
        records_head: ["STT", "Tên hồ sơ", "Nơi lưu", "Thời gian lưu"],
    };
    let tcvn3 = House {
        font: FontSel::Legacy(Legacy::Tcvn3),
        ..unicode.clone()
    };
    let vni = House {
        font: FontSel::Legacy(Legacy::Vni),
        cover: Cover::ThreeCol,
        ..unicode.clone()
    };
    let e = Some("2008");
    let d = "12/08/2016";
    let mut v = Vec::new();

    let m = Meta::new(
        "",
        "Chính sách chất lượng",
        Some("CS-01"),
        Some("01"),
        Some(d),
    );
    v.push(entry(
        "CHINH SACH CHAT LUONG.docx",
        Out::Docx(sysdocs::policy(&tcvn3, &m, "2008", "Ủy ban nhân dân xã")),
        analysed("quality_policy", Some("CS-01"), Some("01"), Some(d), e),
    ));
    let m = Meta::new(
        "",
        "Mục tiêu chất lượng năm 2024",
        Some("MT-01"),
        Some("02"),
        Some("…/…/2024"),
    );
    v.push(entry(
        "Muc tieu chat luong 2024.docx",
        Out::Docx(sysdocs::objectives(&vni, &m, "2008", "2024", false)),
        analysed("quality_objectives", Some("MT-01"), Some("02"), None, e),
    ));

    let g = "Quy trinh chung";
    let m = Meta::new(
        "THỦ TỤC",
        "Kiểm soát tài liệu",
        Some("TT-01"),
        Some("01"),
        Some(d),
    );
    v.push(proc_entry(
        &format!("{g}/TT-01 Kiem soat tai lieu.docx"),
        &tcvn3,
        &m,
        content::document_control("2008", "TT-01", 1),
        "procedure.document_control",
        e,
        false,
    ));
    let m = Meta::new(
        "THỦ TỤC",
        "Kiểm soát hồ sơ",
        Some("TT-02"),
        Some("01"),
        Some(d),
    );
    v.push(proc_entry(
        &format!("{g}/TT-02 Kiem soat ho so.docx"),
        &vni,
        &m,
        content::record_control("2008", "TT-02"),
        "procedure.record_control",
        e,
        false,
    ));
    let m = Meta::new(
        "QUI TRÌNH",
        "Đánh giá nội bộ",
        Some("QT-03"),
        Some("01"),
        Some(d),
    );
    let mut nfd = procedure(&unicode, &m, content::internal_audit("2008", "QT-03"));
    nfd.nfd = true;
    v.push(entry(
        &format!("{g}/QT-03 Danh gia noi bo.docx"),
        Out::Docx(nfd),
        analysed(
            "procedure.internal_audit",
            Some("QT-03"),
            Some("01"),
            Some(d),
            e,
        ),
    ));
    let m = Meta::new(
        "QUI TRÌNH",
        "Kiểm soát sản phẩm không phù hợp",
        Some("QT-04"),
        Some("01"),
        Some(d),
    );
    v.push(proc_entry(
        &format!("{g}/QT-04 San pham khong phu hop.docx"),
        &unicode,
        &m,
        content::nonconforming_product("2008", "QT-04"),
        "procedure.nonconforming_product",
        e,
        false,
    ));
    let m = Meta::new(
        "THỦ TỤC",
        "Hành động khắc phục và phòng ngừa",
        Some("TT-05"),
        Some("01"),
        Some(d),
    );
    v.push(proc_entry(
        &format!("{g}/TT-05 Hanh dong khac phuc va phong ngua.docx"),
        &unicode,
        &m,
        content::corrective_and_preventive("2008", "TT-05"),
        "procedure.corrective_action",
        e,
        false,
    ));
    let m = Meta::new(
        "QUI TRÌNH",
        "Hành động phòng ngừa",
        Some("QT-06"),
        Some("01"),
        Some(d),
    );
    v.push(proc_entry(
        &format!("{g}/QT-06 Hanh dong phong ngua.docx"),
        &tcvn3,
        &m,
        content::preventive_action("2008", "QT-06"),
        "procedure.preventive_action",
        e,
        false,
    ));
    // Management review: a photo-copy scan without a text layer.
    let m = Meta::new(
        "QUI TRÌNH",
        "Xem xét của lãnh đạo",
        Some("QT-07"),
        Some("01"),
        Some(d),
    );
    v.push(entry(
        &format!("{g}/QT-07 Xem xet lanh dao (scan).pdf"),
        Out::Scan(procedure(
            &unicode,
            &m,
            content::management_review("2008", "QT-07"),
        )),
        not_read("failed"),
    ));

    let mut published = Vec::new();
    for (i, t) in COMMUNE_TP.iter().enumerate() {
        let code = format!("QT-TP-{:02}", i + 1);
        let folder = if t.field == "Hộ tịch" || t.field == "Chứng thực" {
            "TTHC/Tu phap"
        } else {
            "TTHC/Van hoa - Xa hoi"
        };
        let house = match i % 3 {
            0 => &unicode,
            1 => &tcvn3,
            _ => &vni,
        };
        let word = if i % 2 == 0 {
            "QUY TRÌNH"
        } else {
            "QUI TRÌNH"
        };
        let m = Meta::new(
            word,
            &lower_first(t.name),
            Some(&code),
            Some("01"),
            Some(if i == 4 { "…/…/2016" } else { d }),
        );
        published.push((code.clone(), t.name, t.field));
        let name = match i {
            0 => format!("{folder}/{code} Đăng ký khai sinh.docx"),
            _ => format!("{folder}/{code} {}.docx", slug_ascii(t.name)),
        };
        let body = content::tthc(t, "2008", "UBND xã", i % 3 != 2, i % 2 == 1);
        let doc = procedure(house, &m, body);
        let exp = analysed(
            "procedure.administrative",
            Some(&code),
            Some("01"),
            m.date.as_deref(),
            e,
        );
        let out = match i {
            3 | 9 => Out::Pdf(doc),
            7 => Out::Corrupt(doc),
            _ => Out::Docx(doc),
        };
        let exp = if i == 7 { not_read("failed") } else { exp };
        let mut en = entry(&name, out, exp);
        en.nfd_name = i == 0;
        v.push(en);
    }
    published.push((String::new(), "Đăng ký giám hộ", "Hộ tịch"));
    published.push((String::new(), "Đăng ký lại khai sinh", "Hộ tịch"));
    let rows: Vec<(&str, &str, &str)> = published
        .iter()
        .map(|(c, n, f)| (c.as_str(), *n, *f))
        .collect();

    v.push(entry(
        "Ho so/So theo doi ho so 2025.docx",
        Out::Docx(sysdocs::tracking_book(&unicode, "BM-02/QT-TP", "2025")),
        analysed("record.other", Some("BM-02/QT-TP"), None, None, None),
    ));
    v.push(entry(
        "Ho so/Bao cao danh gia noi bo 2024.docx",
        Out::Docx(sysdocs::audit_record(
            &tcvn3,
            None,
            "2024",
            true,
            "15/11/2024",
            "2008",
        )),
        analysed("record.internal_audit", None, None, None, e),
    ));
    v.push(entry(
        "Ho so/Bien ban hop xem xet 2024.doc",
        Out::Bytes(raw::legacy_doc()),
        not_read("unsupported"),
    ));
    v.push(entry(
        "Ho so/Tong hop khao sat 2024.xlsx",
        Out::Bytes(raw::tiny_xlsx()?),
        not_read("unsupported"),
    ));
    v.push(entry(
        "Ho so/Anh chup bien ban.jpg",
        Out::Jpeg(sysdocs::review_minutes(
            &unicode,
            None,
            "2024",
            "20/12/2024",
            "2008",
        )),
        not_read("unsupported"),
    ));

    Ok(Agency {
        id: "ubnd-xa-yen-dinh",
        name: "UBND xã Yên Đĩnh",
        level: "commune",
        tthc_csv: Some(csv(&rows)),
        entries: v,
        clauses: vec![
            ("4.1", "missing"),
            ("4.2", "missing"),
            ("6.1", "missing"),
            ("6.2", "partial"),
            ("7.5", "partial"),
            ("8.7", "partial"),
            ("10.2", "partial"),
        ],
        must_find: vec![
            by_id("preventive-action-replaced-by-risk"),
            by_clause("4.1", Some("major")),
        ],
        must_not: vec![],
    })
}

/// 3. A ward fully converted to 2015 in the 2021 campaign, maintained since: no major finding.
pub fn ubnd_phuong() -> Agency {
    let h = House {
        parent: "UBND THÀNH PHỐ BẮC KẠN",
        agency: "UBND PHƯỜNG ĐỨC XUÂN",
        code_label: "Ký hiệu",
        rev_label: "Soát xét",
        date_label: "Ngày ban hành",
        cover: Cover::ThreeCol,
        header: Hdr::Table,
        signoff: ["Soạn thảo", "Xem xét", "Phê duyệt"],
        signers: [
            ("Đinh Thu Trang", "Thư ký ISO"),
            ("Lý Quốc Huy", "Phó Chủ tịch UBND"),
            ("Bàn Thị Lan", "Chủ tịch UBND"),
        ],
        rev_title: "THEO DÕI SỬA ĐỔI",
        font: FontSel::Unicode("Arial"),
        headings: 1,
        records_head: ["TT", "Tên hồ sơ lưu", "Bộ phận lưu", "Thời gian lưu"],
    };
    let e = Some("2015");
    let d = "05/01/2025";
    let mut v = Vec::new();
    let m = Meta::new(
        "",
        "Chính sách chất lượng",
        Some("CSCL"),
        Some("02"),
        Some(d),
    )
    .boxed();
    v.push(entry(
        "1. He thong/Chinh sach chat luong.docx",
        Out::Docx(sysdocs::policy(&h, &m, "2015", "Ủy ban nhân dân phường")),
        analysed("quality_policy", Some("CSCL"), Some("02"), Some(d), e),
    ));
    let m = Meta::new(
        "",
        "Mục tiêu chất lượng và kế hoạch thực hiện năm 2025",
        Some("MTCL-2025"),
        Some("00"),
        Some("06/01/2025"),
    );
    v.push(entry(
        "1. He thong/Muc tieu chat luong 2025.docx",
        Out::Docx(sysdocs::objectives(&h, &m, "2015", "2025", true)),
        analysed(
            "quality_objectives",
            Some("MTCL-2025"),
            Some("00"),
            Some("06/01/2025"),
            e,
        ),
    ));
    let m = Meta::new(
        "",
        "Mô hình hệ thống quản lý chất lượng",
        Some("MH-HTQLCL"),
        Some("02"),
        Some(d),
    )
    .boxed();
    v.push(entry(
        "1. He thong/Mo hinh HTQLCL.docx",
        Out::Docx(sysdocs::manual(&h, &m, "2015", false)),
        analysed("quality_manual", Some("MH-HTQLCL"), Some("02"), Some(d), e),
    ));
    let m = Meta::new(
        "",
        "Bối cảnh của tổ chức và các bên quan tâm",
        Some("BC-01"),
        Some("01"),
        Some(d),
    );
    v.push(entry(
        "1. He thong/Boi canh va cac ben quan tam.docx",
        Out::Docx(sysdocs::context(&h, &m)),
        analysed("context_analysis", Some("BC-01"), Some("01"), Some(d), e),
    ));
    let m = Meta::new(
        "",
        "Sổ theo dõi rủi ro và cơ hội",
        Some("BM.QT.ISO.02.02"),
        None,
        None,
    );
    v.push(entry(
        "1. He thong/So theo doi rui ro va co hoi 2025.pdf",
        Out::Pdf(sysdocs::register(&h, &m, "2025")),
        analysed("risk_register", Some("BM.QT.ISO.02.02"), None, None, None),
    ));

    let five: [(&str, &str, &'static str, Body); 6] = [
        (
            "QT.ISO.01",
            "Kiểm soát thông tin dạng văn bản",
            "procedure.documented_information",
            content::documented_information("QT.ISO.01", 0),
        ),
        (
            "QT.ISO.02",
            "Quản lý rủi ro và cơ hội",
            "procedure.risk_opportunity",
            content::risk_opportunity("QT.ISO.02"),
        ),
        (
            "QT.ISO.03",
            "Đánh giá nội bộ",
            "procedure.internal_audit",
            content::internal_audit("2015", "QT.ISO.03"),
        ),
        (
            "QT.ISO.04",
            "Kiểm soát sự không phù hợp và hành động khắc phục",
            "procedure.nonconformity_corrective_action",
            content::nonconformity_corrective("QT.ISO.04"),
        ),
        (
            "QT.ISO.05",
            "Xem xét của lãnh đạo",
            "procedure.management_review",
            content::management_review("2015", "QT.ISO.05"),
        ),
        (
            "QT.ISO.06",
            "Đo lường sự hài lòng của tổ chức, công dân",
            "procedure.customer_satisfaction",
            content::customer_satisfaction("2015", "QT.ISO.06"),
        ),
    ];
    for (i, (code, title, kind, body)) in five.into_iter().enumerate() {
        let m = Meta::new("QUY TRÌNH", title, Some(code), Some("02"), Some(d));
        v.push(proc_entry(
            &format!("2. Quy trinh he thong/{code} {}.docx", slug_ascii(title)),
            &h,
            &m,
            body,
            kind,
            e,
            i == 4,
        ));
    }
    let mut published = Vec::new();
    for (i, t) in COMMUNE_TP.iter().enumerate() {
        let code = format!("QT.TP.{:02}", i + 1);
        let m = Meta::new(
            "QUY TRÌNH",
            &lower_first(t.name),
            Some(&code),
            Some("03"),
            Some("10/07/2025"),
        );
        let body = content::tthc(t, "2015", "UBND phường", true, true);
        v.push(proc_entry(
            &format!("3. Quy trinh TTHC/{code}.docx"),
            &h,
            &m,
            body,
            "procedure.administrative",
            e,
            i == 3 || i == 8,
        ));
        published.push((code, t.name, t.field));
    }
    let rows: Vec<(&str, &str, &str)> = published
        .iter()
        .map(|(c, n, f)| (c.as_str(), *n, *f))
        .collect();

    v.push(entry(
        "4. Bieu mau/BM.QT.ISO.04.02 Phieu yeu cau HDKP.docx",
        Out::Docx(sysdocs::empty_form(
            &h,
            "BM.QT.ISO.04.02",
            "PHIẾU YÊU CẦU HÀNH ĐỘNG KHẮC PHỤC",
            &[
                "Nguồn phát hiện",
                "Mô tả sự không phù hợp",
                "Nguyên nhân",
                "Hành động khắc phục",
                "Cập nhật rủi ro và cơ hội",
            ],
        )),
        analysed("form", Some("BM.QT.ISO.04.02"), None, None, None),
    ));
    v.push(entry(
        "4. Bieu mau/BM.QT.ISO.06.01 Phieu khao sat.docx",
        Out::Docx(sysdocs::empty_form(
            &h,
            "BM.QT.ISO.06.01",
            "PHIẾU KHẢO SÁT Ý KIẾN SỰ HÀI LÒNG CỦA TỔ CHỨC, CÔNG DÂN",
            &[
                "Thời gian giải quyết",
                "Thái độ của công chức",
                "Công khai thủ tục",
            ],
        )),
        analysed("form", Some("BM.QT.ISO.06.01"), None, None, None),
    ));
    v.push(entry(
        "5. Ho so 2025/Ke hoach danh gia noi bo 2025.docx",
        Out::Docx(sysdocs::audit_record(
            &h,
            Some("BM.QT.ISO.03.01"),
            "2025",
            false,
            "10/04/2025",
            "2015",
        )),
        analysed(
            "record.internal_audit",
            Some("BM.QT.ISO.03.01"),
            None,
            None,
            e,
        ),
    ));
    v.push(entry(
        "5. Ho so 2025/Bao cao danh gia noi bo 2025.pdf",
        Out::Pdf(sysdocs::audit_record(
            &h,
            Some("BM.QT.ISO.03.03"),
            "2025",
            true,
            "20/05/2025",
            "2015",
        )),
        analysed(
            "record.internal_audit",
            Some("BM.QT.ISO.03.03"),
            None,
            None,
            e,
        ),
    ));
    v.push(entry(
        "5. Ho so 2025/Bien ban hop xem xet cua lanh dao 2025.docx",
        Out::Docx(sysdocs::review_minutes(
            &h,
            Some("BM.QT.ISO.05.02"),
            "2025",
            "15/06/2025",
            "2015",
        )),
        analysed(
            "record.management_review",
            Some("BM.QT.ISO.05.02"),
            None,
            None,
            e,
        ),
    ));
    v.push(entry(
        "5. Ho so 2025/Ket qua khao sat su hai long 2025.docx",
        Out::Docx(sysdocs::survey_results(&h, Some("BM.QT.ISO.06.02"), "2025")),
        analysed(
            "record.customer_satisfaction",
            Some("BM.QT.ISO.06.02"),
            None,
            None,
            None,
        ),
    ));
    v.push(entry(
        "5. Ho so 2025/Phieu yeu cau HDKP 01-2025.docx",
        Out::Docx(sysdocs::ca_request(&h, "BM.QT.ISO.04.02", "01/2025")),
        analysed(
            "record.corrective_action",
            Some("BM.QT.ISO.04.02"),
            None,
            None,
            None,
        ),
    ));

    Agency {
        id: "ubnd-phuong-duc-xuan",
        name: "UBND phường Đức Xuân",
        level: "commune",
        tthc_csv: Some(csv(&rows)),
        entries: v,
        clauses: vec![
            ("4.1", "covered"),
            ("4.2", "covered"),
            ("4.3", "covered"),
            ("5.2", "covered"),
            ("6.1", "covered"),
            ("6.2", "covered"),
            ("7.5", "covered"),
            ("8.7", "covered"),
            ("9.2", "covered"),
            ("9.3", "covered"),
            ("10.2", "covered"),
        ],
        must_find: vec![],
        must_not: vec![
            Find {
                severity: Some("major"),
                ..Find::default()
            },
            by_id("preventive-action-replaced-by-risk"),
        ],
    }
}

/// Sở Tư pháp (agency 4), half converted: documented information and risk procedures exist,
/// the preventive action procedure is still in force, no context analysis, objectives without
/// plans.
pub fn so_tu_phap() -> Agency {
    let h = House {
        parent: "UBND TỈNH BẮC KẠN",
        agency: "SỞ TƯ PHÁP",
        code_label: "Số hiệu",
        rev_label: "Lần ban hành",
        date_label: "Ngày",
        cover: Cover::HeaderOnly,
        header: Hdr::Table,
        signoff: ["Người soạn thảo", "Kiểm tra", "Phê duyệt"],
        signers: [
            ("Phạm Thị Nga", "Chuyên viên Văn phòng"),
            ("Nguyễn Văn Thắng", "Chánh Văn phòng"),
            ("Đặng Quang Hưng", "Giám đốc Sở"),
        ],
        rev_title: "THEO DÕI SỬA ĐỔI",
        font: FontSel::Unicode("Times New Roman"),
        headings: 0,
        records_head: ["TT", "Tên hồ sơ", "Trách nhiệm lưu", "Thời gian lưu"],
    };
    let stacked = House {
        cover: Cover::Stacked,
        ..h.clone()
    };
    let mut v = Vec::new();
    let e8 = Some("2008");
    let e15 = Some("2015");
    let m = Meta::new(
        "",
        "Chính sách chất lượng",
        Some("CS-STP"),
        Some("02"),
        Some("01/03/2021"),
    );
    v.push(entry(
        "Chinh sach chat luong.pdf",
        Out::Pdf(sysdocs::policy(&stacked, &m, "2015", "Sở Tư pháp")),
        analysed(
            "quality_policy",
            Some("CS-STP"),
            Some("02"),
            Some("01/03/2021"),
            e15,
        ),
    ));
    let m = Meta::new(
        "",
        "Mục tiêu chất lượng năm 2025",
        Some("MT-STP"),
        Some("01"),
        Some("15/01/2025"),
    );
    v.push(entry(
        "Muc tieu chat luong nam 2025.docx",
        Out::Docx(sysdocs::objectives(&stacked, &m, "2015", "2025", false)),
        {
            let mut x = analysed(
                "quality_objectives",
                Some("MT-STP"),
                Some("01"),
                Some("15/01/2025"),
                e15,
            );
            // Objectives without plans to achieve them do not meet 6.2.2: revise.
            x.action = "revise";
            x
        },
    ));
    let m = Meta::new(
        "SỔ TAY",
        "Chất lượng",
        Some("ST-STP"),
        Some("02"),
        Some("12/06/2016"),
    );
    v.push(entry(
        "So tay chat luong.pdf",
        Out::Pdf(sysdocs::manual(&stacked, &m, "2008", true)),
        analysed(
            "quality_manual",
            Some("ST-STP"),
            Some("02"),
            Some("12/06/2016"),
            e8,
        ),
    ));

    let procs: [SystemProc; 6] = [
        (
            "QT-HT-01",
            "Kiểm soát thông tin dạng văn bản",
            "procedure.documented_information",
            content::documented_information("QT-HT-01", 1),
            e15,
            "01/03/2021",
            false,
        ),
        (
            "QT-HT-02",
            "Quản lý rủi ro và cơ hội",
            "procedure.risk_opportunity",
            content::risk_opportunity("QT-HT-02"),
            e15,
            "01/03/2021",
            true,
        ),
        (
            "QT-HT-03",
            "Đánh giá nội bộ",
            "procedure.internal_audit",
            content::internal_audit("2008", "QT-HT-03"),
            e8,
            "12/06/2016",
            false,
        ),
        (
            "QT-HT-04",
            "Kiểm soát sự không phù hợp và hành động khắc phục",
            "procedure.nonconformity_corrective_action",
            content::nonconformity_corrective("QT-HT-04"),
            e15,
            "01/03/2021",
            false,
        ),
        (
            "QT-HT-05",
            "Hành động phòng ngừa",
            "procedure.preventive_action",
            content::preventive_action("2008", "QT-HT-05"),
            e8,
            "12/06/2016",
            true,
        ),
        (
            "QT-HT-06",
            "Xem xét của lãnh đạo",
            "procedure.management_review",
            content::management_review("2008", "QT-HT-06"),
            e8,
            "12/06/2016",
            false,
        ),
    ];
    for (code, title, kind, body, edition, date, pdf) in procs {
        let word = if title.starts_with("Hành động") {
            "THỦ TỤC"
        } else {
            "QUY TRÌNH"
        };
        let m = Meta::new(
            word,
            title,
            Some(code),
            Some(if edition == e15 { "01" } else { "02" }),
            Some(date),
        );
        let path = format!(
            "Quy trinh he thong/{code} {}.{}",
            slug_ascii(title),
            if pdf { "pdf" } else { "docx" }
        );
        v.push(proc_entry(&path, &h, &m, body, kind, edition, pdf));
    }
    let mut published = Vec::new();
    for (i, t) in STP.iter().enumerate() {
        let code = format!("QT-NV-{:02}", i + 1);
        // The first four were rewritten in 2021; the others still cite 2008.
        let (edition, ed, date) = if i < 4 {
            ("2015", e15, "01/03/2021")
        } else {
            ("2008", e8, "12/06/2016")
        };
        let m = Meta::new(
            "QUY TRÌNH",
            &format!("Giải quyết thủ tục {}", lower_first(t.name)),
            Some(&code),
            Some("01"),
            Some(date),
        );
        let house = if i % 2 == 0 { &h } else { &stacked };
        let body = content::tthc(t, edition, "Sở Tư pháp", i != 6, i % 3 == 0);
        let pdf = i == 1 || i == 5;
        v.push(proc_entry(
            &format!("Quy trinh TTHC/{code}.{}", if pdf { "pdf" } else { "docx" }),
            house,
            &m,
            body,
            "procedure.administrative",
            ed,
            pdf,
        ));
        published.push((code, t.name, t.field));
    }
    let rows: Vec<(&str, &str, &str)> = published
        .iter()
        .map(|(c, n, f)| (c.as_str(), *n, *f))
        .collect();
    v.push(entry(
        "Ho so/Bao cao danh gia noi bo 2025.docx",
        Out::Docx(sysdocs::audit_record(
            &stacked,
            Some("BM-03/QT-HT-03"),
            "2025",
            true,
            "12/06/2025",
            "2008",
        )),
        analysed(
            "record.internal_audit",
            Some("BM-03/QT-HT-03"),
            None,
            None,
            e8,
        ),
    ));
    v.push(entry(
        "Ho so/Bien ban xem xet lanh dao 2025.pdf",
        Out::Pdf(sysdocs::review_minutes(
            &stacked,
            Some("BM-02/QT-HT-06"),
            "2025",
            "30/06/2025",
            "2008",
        )),
        analysed(
            "record.management_review",
            Some("BM-02/QT-HT-06"),
            None,
            None,
            e8,
        ),
    ));

    Agency {
        id: "so-tu-phap",
        name: "Sở Tư pháp",
        level: "province",
        tthc_csv: Some(csv(&rows)),
        entries: v,
        clauses: vec![
            ("4.1", "missing"),
            ("4.2", "missing"),
            ("6.2", "partial"),
            ("7.5", "covered"),
            ("8.7", "covered"),
            ("9.2", "partial"),
            ("9.3", "partial"),
            ("10.2", "covered"),
        ],
        must_find: vec![
            by_id("preventive-action-replaced-by-risk"),
            by_clause("4.1", Some("major")),
            by_clause("6.2", None),
        ],
        must_not: vec![],
    }
}
