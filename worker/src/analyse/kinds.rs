//! The document kinds of contract §4 and the migration vocabulary (action, edition).

use serde::{Deserialize, Serialize};

macro_rules! kinds {
    ($($variant:ident => $id:literal, $vi:literal, $en:literal;)*) => {
        /// What a document is (contract §4). `Other` when nothing fits; never forced.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum DocKind {
            $(#[serde(rename = $id)] $variant,)*
        }

        impl DocKind {
            /// Every kind, in contract order.
            pub const ALL: &'static [DocKind] = &[$(DocKind::$variant,)*];

            /// The stable id used in JSON ("procedure.document_control").
            pub fn id(self) -> &'static str {
                match self { $(DocKind::$variant => $id,)* }
            }

            /// A typical Vietnamese name, for reports.
            pub fn name_vi(self) -> &'static str {
                match self { $(DocKind::$variant => $vi,)* }
            }

            /// An English name, for `--lang en` reports.
            pub fn name_en(self) -> &'static str {
                match self { $(DocKind::$variant => $en,)* }
            }

            /// Parses a stable id.
            pub fn from_id(id: &str) -> Option<DocKind> {
                match id { $($id => Some(DocKind::$variant),)* _ => None }
            }
        }
    };
}

kinds! {
    QualityPolicy => "quality_policy", "Chính sách chất lượng", "Quality policy";
    QualityObjectives => "quality_objectives", "Mục tiêu chất lượng", "Quality objectives";
    QualityManual => "quality_manual", "Sổ tay chất lượng", "Quality manual";
    ContextAnalysis => "context_analysis", "Bối cảnh của tổ chức và các bên quan tâm", "Context of the organization and interested parties";
    DocumentControl => "procedure.document_control", "Quy trình kiểm soát tài liệu", "Control of documents procedure";
    RecordControl => "procedure.record_control", "Quy trình kiểm soát hồ sơ", "Control of records procedure";
    DocumentedInformation => "procedure.documented_information", "Quy trình kiểm soát thông tin dạng văn bản", "Control of documented information procedure";
    InternalAudit => "procedure.internal_audit", "Quy trình đánh giá nội bộ", "Internal audit procedure";
    ManagementReview => "procedure.management_review", "Quy trình xem xét của lãnh đạo", "Management review procedure";
    NonconformingProduct => "procedure.nonconforming_product", "Quy trình kiểm soát sản phẩm không phù hợp", "Control of nonconforming product procedure";
    CorrectiveAction => "procedure.corrective_action", "Quy trình hành động khắc phục", "Corrective action procedure";
    NonconformityCorrectiveAction => "procedure.nonconformity_corrective_action", "Quy trình kiểm soát sự không phù hợp và hành động khắc phục", "Nonconformity and corrective action procedure";
    PreventiveAction => "procedure.preventive_action", "Quy trình hành động phòng ngừa", "Preventive action procedure";
    RiskOpportunity => "procedure.risk_opportunity", "Quy trình quản lý rủi ro và cơ hội", "Risks and opportunities procedure";
    CustomerSatisfaction => "procedure.customer_satisfaction", "Quy trình đo lường sự hài lòng của khách hàng", "Customer satisfaction procedure";
    Administrative => "procedure.administrative", "Quy trình giải quyết thủ tục hành chính", "Administrative procedure (TTHC) workflow";
    Internal => "procedure.internal", "Quy trình nội bộ", "Internal procedure";
    RiskRegister => "risk_register", "Sổ theo dõi rủi ro và cơ hội", "Risk and opportunity register";
    Form => "form", "Biểu mẫu", "Form";
    RecordInternalAudit => "record.internal_audit", "Hồ sơ đánh giá nội bộ", "Internal audit record";
    RecordManagementReview => "record.management_review", "Biên bản xem xét của lãnh đạo", "Management review record";
    RecordCorrectiveAction => "record.corrective_action", "Phiếu yêu cầu hành động khắc phục", "Corrective action record";
    RecordCustomerSatisfaction => "record.customer_satisfaction", "Kết quả khảo sát sự hài lòng", "Customer satisfaction record";
    RecordOther => "record.other", "Hồ sơ khác", "Other record";
    Other => "other", "Tài liệu khác", "Other document";
}

/// What the migration does with a document (contract §3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    Keep,
    Revise,
    Merge,
    Replace,
    Retire,
}

impl Action {
    /// The JSON id ("keep", "revise", ...).
    pub fn id(self) -> &'static str {
        match self {
            Action::Keep => "keep",
            Action::Revise => "revise",
            Action::Merge => "merge",
            Action::Replace => "replace",
            Action::Retire => "retire",
        }
    }
}

/// The ISO 9001 edition a document is written against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Edition {
    #[serde(rename = "2008")]
    E2008,
    #[serde(rename = "2015")]
    E2015,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_through_json_and_from_id() {
        for kind in DocKind::ALL {
            let json = serde_json::to_string(kind).unwrap();
            assert_eq!(json, format!("\"{}\"", kind.id()));
            assert_eq!(DocKind::from_id(kind.id()), Some(*kind));
        }
        assert_eq!(DocKind::ALL.len(), 25);
    }
}
