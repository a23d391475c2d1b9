//! Real administrative procedures (TTHC) of a provincial Department of Industry and Trade, a
//! Department of Justice and a commune, with their legal bases, dossiers, time limits and fees.

use crate::content::Tthc;

const LUAT_RUOU: &[&str] = &[
    "Nghị định số 105/2017/NĐ-CP ngày 14/9/2017 của Chính phủ về kinh doanh rượu",
    "Nghị định số 17/2020/NĐ-CP ngày 05/02/2020 của Chính phủ",
    "Thông tư số 168/2016/TT-BTC quy định phí thẩm định kinh doanh hàng hóa có điều kiện",
];
const LUAT_XD: &[&str] = &[
    "Nghị định số 83/2014/NĐ-CP ngày 03/9/2014 của Chính phủ về kinh doanh xăng dầu",
    "Nghị định số 95/2021/NĐ-CP ngày 01/11/2021 của Chính phủ",
    "Thông tư số 168/2016/TT-BTC",
];
const LUAT_TL: &[&str] = &[
    "Nghị định số 67/2013/NĐ-CP ngày 27/6/2013 của Chính phủ quy định chi tiết Luật Phòng, chống tác hại của thuốc lá về kinh doanh thuốc lá",
    "Nghị định số 106/2017/NĐ-CP",
];
const LUAT_KM: &[&str] = &[
    "Luật Thương mại năm 2005",
    "Nghị định số 81/2018/NĐ-CP ngày 22/5/2018 của Chính phủ quy định chi tiết Luật Thương mại về hoạt động xúc tiến thương mại",
];
const LUAT_DIEN: &[&str] = &[
    "Luật Điện lực năm 2024",
    "Nghị định số 137/2013/NĐ-CP",
    "Thông tư số 10/2023/TT-BCT quy định về giấy phép hoạt động điện lực",
];
const LUAT_HOTICH: &[&str] = &[
    "Luật Hộ tịch năm 2014",
    "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ",
    "Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ Tư pháp",
];
const LUAT_CT: &[&str] = &[
    "Nghị định số 23/2015/NĐ-CP ngày 16/02/2015 của Chính phủ về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký",
    "Thông tư số 226/2016/TT-BTC quy định lệ phí chứng thực",
];
const LUAT_LLTP: &[&str] = &[
    "Luật Lý lịch tư pháp năm 2009",
    "Nghị định số 111/2010/NĐ-CP",
    "Thông tư số 244/2016/TT-BTC quy định phí cung cấp thông tin lý lịch tư pháp",
];
const LUAT_CC: &[&str] = &[
    "Luật Công chứng năm 2024",
    "Nghị định số 104/2025/NĐ-CP quy định chi tiết Luật Công chứng",
];
const LUAT_LS: &[&str] = &[
    "Luật Luật sư năm 2006, sửa đổi năm 2012",
    "Nghị định số 123/2013/NĐ-CP",
];

const fn t(
    name: &'static str,
    field: &'static str,
    laws: &'static [&'static str],
    dossier: &'static [&'static str],
    days: &'static str,
    fee: &'static str,
    result: &'static str,
) -> Tthc {
    Tthc {
        name,
        field,
        laws,
        dossier,
        days,
        fee,
        result,
    }
}

/// Sở Công Thương, phòng Quản lý Thương mại (QLTM) and Quản lý Công nghiệp/An toàn (QLCN).
pub const SCT_QLTM: &[Tthc] = &[
    t(
        "Cấp Giấy phép bán buôn rượu trên địa bàn tỉnh",
        "Lưu thông hàng hóa trong nước",
        LUAT_RUOU,
        &[
            "Đơn đề nghị cấp Giấy phép bán buôn rượu",
            "Bản sao Giấy chứng nhận đăng ký doanh nghiệp",
            "Bản sao hợp đồng thuê kho hoặc giấy tờ chứng minh quyền sử dụng kho",
            "Bản sao các văn bản giới thiệu, hợp đồng với các tổ chức sản xuất, phân phối rượu",
        ],
        "15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ",
        "1.200.000 đồng/điểm kinh doanh (phí thẩm định)",
        "Giấy phép bán buôn rượu",
    ),
    t(
        "Cấp sửa đổi, bổ sung Giấy phép bán buôn rượu",
        "Lưu thông hàng hóa trong nước",
        LUAT_RUOU,
        &[
            "Đơn đề nghị cấp sửa đổi, bổ sung",
            "Bản sao Giấy phép bán buôn rượu đã được cấp",
            "Các tài liệu chứng minh nội dung thay đổi",
        ],
        "15 ngày làm việc",
        "600.000 đồng",
        "Giấy phép bán buôn rượu (sửa đổi, bổ sung)",
    ),
    t(
        "Cấp lại Giấy phép bán buôn rượu",
        "Lưu thông hàng hóa trong nước",
        LUAT_RUOU,
        &[
            "Đơn đề nghị cấp lại",
            "Bản sao Giấy phép đã được cấp (nếu có)",
        ],
        "10 ngày làm việc",
        "Không",
        "Giấy phép bán buôn rượu (cấp lại)",
    ),
    t(
        "Cấp Giấy phép bán buôn sản phẩm thuốc lá",
        "Lưu thông hàng hóa trong nước",
        LUAT_TL,
        &[
            "Đơn đề nghị cấp Giấy phép bán buôn sản phẩm thuốc lá",
            "Bản sao Giấy chứng nhận đăng ký doanh nghiệp",
            "Bản sao các văn bản giới thiệu của nhà cung cấp sản phẩm thuốc lá",
            "Bảng kê hệ thống phân phối",
        ],
        "15 ngày làm việc",
        "1.200.000 đồng",
        "Giấy phép bán buôn sản phẩm thuốc lá",
    ),
    t(
        "Cấp Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu",
        "Kinh doanh khí, xăng dầu",
        LUAT_XD,
        &[
            "Đơn đề nghị cấp Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu",
            "Bản kê trang thiết bị của cửa hàng bán lẻ xăng dầu",
            "Bản sao Giấy chứng nhận thẩm duyệt thiết kế về phòng cháy và chữa cháy",
            "Tài liệu chứng minh cửa hàng thuộc sở hữu hoặc đồng sở hữu hoặc thuê",
        ],
        "20 ngày làm việc",
        "1.200.000 đồng/cửa hàng",
        "Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu",
    ),
    t(
        "Cấp sửa đổi, bổ sung Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu",
        "Kinh doanh khí, xăng dầu",
        LUAT_XD,
        &[
            "Đơn đề nghị sửa đổi, bổ sung",
            "Bản gốc Giấy chứng nhận đã được cấp",
            "Tài liệu chứng minh yêu cầu sửa đổi, bổ sung",
        ],
        "15 ngày làm việc",
        "600.000 đồng",
        "Giấy chứng nhận (sửa đổi, bổ sung)",
    ),
    t(
        "Cấp lại Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu",
        "Kinh doanh khí, xăng dầu",
        LUAT_XD,
        &[
            "Đơn đề nghị cấp lại",
            "Bản gốc hoặc bản sao Giấy chứng nhận đã được cấp (trường hợp bị rách, nát)",
        ],
        "10 ngày làm việc",
        "Không",
        "Giấy chứng nhận (cấp lại)",
    ),
    t(
        "Cấp Giấy xác nhận đủ điều kiện làm tổng đại lý kinh doanh xăng dầu",
        "Kinh doanh khí, xăng dầu",
        LUAT_XD,
        &[
            "Đơn đề nghị cấp Giấy xác nhận",
            "Bản sao Giấy chứng nhận đăng ký doanh nghiệp",
            "Tài liệu chứng minh về kho, cửa hàng bán lẻ",
            "Hợp đồng đại lý với thương nhân đầu mối",
        ],
        "30 ngày làm việc",
        "1.200.000 đồng",
        "Giấy xác nhận đủ điều kiện làm tổng đại lý",
    ),
    t(
        "Đăng ký thực hiện khuyến mại theo hình thức mang tính may rủi thực hiện trên địa bàn 01 tỉnh",
        "Xúc tiến thương mại",
        LUAT_KM,
        &[
            "Đơn đề nghị đăng ký thực hiện khuyến mại",
            "Thể lệ chương trình khuyến mại",
            "Mẫu vé số dự thưởng",
            "Bản sao giấy tờ chứng minh chất lượng hàng hóa khuyến mại",
        ],
        "05 ngày làm việc",
        "Không",
        "Văn bản xác nhận đăng ký khuyến mại",
    ),
    t(
        "Đăng ký tổ chức hội chợ, triển lãm thương mại tại Việt Nam",
        "Xúc tiến thương mại",
        LUAT_KM,
        &[
            "Văn bản đăng ký tổ chức hội chợ, triển lãm thương mại",
            "Bản sao Giấy chứng nhận đăng ký doanh nghiệp của thương nhân tổ chức",
        ],
        "07 ngày làm việc",
        "Không",
        "Văn bản xác nhận đăng ký",
    ),
    t(
        "Cấp Giấy phép thành lập Văn phòng đại diện của thương nhân nước ngoài tại Việt Nam",
        "Thương mại quốc tế",
        &[
            "Nghị định số 07/2016/NĐ-CP ngày 25/01/2016 của Chính phủ",
            "Thông tư số 143/2016/TT-BTC",
        ],
        &[
            "Đơn đề nghị cấp Giấy phép thành lập Văn phòng đại diện",
            "Bản sao giấy đăng ký kinh doanh của thương nhân nước ngoài",
            "Văn bản bổ nhiệm người đứng đầu Văn phòng đại diện",
            "Bản sao báo cáo tài chính có kiểm toán của năm tài chính gần nhất",
        ],
        "07 ngày làm việc",
        "3.000.000 đồng",
        "Giấy phép thành lập Văn phòng đại diện",
    ),
    t(
        "Cấp Giấy phép kinh doanh cho tổ chức kinh tế có vốn đầu tư nước ngoài để thực hiện hoạt động mua bán hàng hóa",
        "Thương mại quốc tế",
        &[
            "Luật Quản lý ngoại thương năm 2017",
            "Nghị định số 09/2018/NĐ-CP ngày 15/01/2018 của Chính phủ",
        ],
        &[
            "Đơn đề nghị cấp Giấy phép kinh doanh",
            "Bản giải trình có nội dung về điều kiện cấp Giấy phép kinh doanh",
            "Báo cáo tài chính có kiểm toán năm gần nhất",
        ],
        "10 ngày làm việc",
        "Không",
        "Giấy phép kinh doanh",
    ),
    t(
        "Đăng ký hợp đồng theo mẫu, điều kiện giao dịch chung",
        "Quản lý cạnh tranh",
        &[
            "Luật Bảo vệ quyền lợi người tiêu dùng năm 2023",
            "Nghị định số 55/2024/NĐ-CP",
        ],
        &[
            "Đơn đăng ký hợp đồng theo mẫu, điều kiện giao dịch chung",
            "Dự thảo hợp đồng theo mẫu (bản điện tử và bản giấy)",
        ],
        "30 ngày",
        "Không",
        "Thông báo chấp nhận đăng ký",
    ),
    t(
        "Cấp Giấy chứng nhận đủ điều kiện thương nhân kinh doanh mua bán LPG",
        "Kinh doanh khí",
        &["Nghị định số 87/2018/NĐ-CP ngày 15/6/2018 của Chính phủ về kinh doanh khí"],
        &[
            "Đơn đề nghị cấp Giấy chứng nhận",
            "Bản sao Giấy chứng nhận đăng ký doanh nghiệp",
            "Tài liệu chứng minh đáp ứng điều kiện về kho, chai LPG",
        ],
        "15 ngày làm việc",
        "1.200.000 đồng",
        "Giấy chứng nhận đủ điều kiện",
    ),
];

pub const SCT_ATNL: &[Tthc] = &[
    t(
        "Cấp Giấy phép hoạt động điện lực trong lĩnh vực phát điện đối với nhà máy điện có quy mô dưới 03 MW",
        "Điện",
        LUAT_DIEN,
        &[
            "Văn bản đề nghị cấp giấy phép",
            "Bản sao Giấy chứng nhận đăng ký doanh nghiệp",
            "Danh sách trích ngang người quản lý kỹ thuật, trưởng ca vận hành",
            "Bản sao quyết định phê duyệt dự án đầu tư",
        ],
        "15 ngày làm việc",
        "Theo Thông tư số 106/2020/TT-BTC",
        "Giấy phép hoạt động điện lực",
    ),
    t(
        "Huấn luyện và cấp mới thẻ an toàn điện",
        "An toàn đập, hồ chứa thủy điện",
        LUAT_DIEN,
        &[
            "Văn bản đề nghị",
            "Danh sách người lao động đã được huấn luyện",
            "Ảnh màu cỡ 3x4",
        ],
        "05 ngày làm việc",
        "Không",
        "Thẻ an toàn điện",
    ),
    t(
        "Cấp Giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp",
        "Vật liệu nổ công nghiệp",
        &[
            "Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ năm 2024",
            "Nghị định số 71/2018/NĐ-CP",
        ],
        &[
            "Văn bản đề nghị kiểm tra, cấp Giấy chứng nhận",
            "Danh sách trích ngang người được huấn luyện",
            "02 ảnh 3x4",
        ],
        "05 ngày làm việc",
        "Không",
        "Giấy chứng nhận huấn luyện",
    ),
    t(
        "Cấp Giấy chứng nhận đủ điều kiện sản xuất hóa chất sản xuất, kinh doanh có điều kiện trong lĩnh vực công nghiệp",
        "Hóa chất",
        &[
            "Luật Hóa chất năm 2007",
            "Nghị định số 113/2017/NĐ-CP ngày 09/10/2017 của Chính phủ",
            "Nghị định số 17/2020/NĐ-CP",
        ],
        &[
            "Văn bản đề nghị cấp Giấy chứng nhận",
            "Bản kê khai địa điểm, nhà xưởng, kho chứa",
            "Bản sao quyết định phê duyệt báo cáo đánh giá tác động môi trường",
        ],
        "12 ngày làm việc",
        "Theo Thông tư số 08/2018/TT-BTC",
        "Giấy chứng nhận đủ điều kiện sản xuất hóa chất",
    ),
];

pub const COMMUNE_TP: &[Tthc] = &[
    t(
        "Đăng ký khai sinh",
        "Hộ tịch",
        LUAT_HOTICH,
        &[
            "Tờ khai đăng ký khai sinh theo mẫu",
            "Giấy chứng sinh hoặc văn bản của người làm chứng",
            "Văn bản ủy quyền (trường hợp ủy quyền)",
        ],
        "Ngay trong ngày tiếp nhận hồ sơ",
        "Miễn lệ phí",
        "Giấy khai sinh",
    ),
    t(
        "Đăng ký kết hôn",
        "Hộ tịch",
        LUAT_HOTICH,
        &[
            "Tờ khai đăng ký kết hôn theo mẫu",
            "Giấy tờ chứng minh nhân thân",
            "Giấy xác nhận tình trạng hôn nhân (trường hợp cư trú nơi khác)",
        ],
        "Ngay trong ngày; trường hợp cần xác minh không quá 05 ngày làm việc",
        "Miễn lệ phí",
        "Giấy chứng nhận kết hôn",
    ),
    t(
        "Đăng ký khai tử",
        "Hộ tịch",
        LUAT_HOTICH,
        &[
            "Tờ khai đăng ký khai tử theo mẫu",
            "Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử",
        ],
        "Ngay trong ngày tiếp nhận hồ sơ",
        "Miễn lệ phí",
        "Trích lục khai tử",
    ),
    t(
        "Đăng ký nhận cha, mẹ, con",
        "Hộ tịch",
        LUAT_HOTICH,
        &[
            "Tờ khai đăng ký nhận cha, mẹ, con theo mẫu",
            "Chứng cứ chứng minh quan hệ cha, mẹ, con",
        ],
        "03 ngày làm việc",
        "15.000 đồng",
        "Trích lục đăng ký nhận cha, mẹ, con",
    ),
    t(
        "Cấp Giấy xác nhận tình trạng hôn nhân",
        "Hộ tịch",
        LUAT_HOTICH,
        &[
            "Tờ khai cấp Giấy xác nhận tình trạng hôn nhân theo mẫu",
            "Giấy tờ chứng minh việc ly hôn hoặc người kia đã chết (nếu có)",
        ],
        "03 ngày làm việc",
        "Miễn lệ phí",
        "Giấy xác nhận tình trạng hôn nhân",
    ),
    t(
        "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của Việt Nam cấp",
        "Chứng thực",
        LUAT_CT,
        &[
            "Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao",
            "Bản sao cần chứng thực",
        ],
        "Trong ngày (nếu tiếp nhận trước 15 giờ)",
        "2.000 đồng/trang; từ trang thứ ba trở lên 1.000 đồng/trang",
        "Bản sao được chứng thực",
    ),
    t(
        "Chứng thực chữ ký trong các giấy tờ, văn bản",
        "Chứng thực",
        LUAT_CT,
        &[
            "Bản sao giấy tờ tùy thân của người yêu cầu chứng thực",
            "Giấy tờ, văn bản mà mình sẽ ký",
        ],
        "Trong ngày",
        "10.000 đồng/trường hợp",
        "Giấy tờ được chứng thực chữ ký",
    ),
    t(
        "Cấp bản sao trích lục hộ tịch",
        "Hộ tịch",
        LUAT_HOTICH,
        &["Tờ khai cấp bản sao trích lục hộ tịch theo mẫu"],
        "Ngay trong ngày",
        "8.000 đồng/bản",
        "Bản sao trích lục hộ tịch",
    ),
    t(
        "Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng",
        "Bảo trợ xã hội",
        &[
            "Nghị định số 20/2021/NĐ-CP ngày 15/3/2021 của Chính phủ",
            "Nghị định số 76/2024/NĐ-CP",
        ],
        &[
            "Tờ khai đề nghị trợ giúp xã hội theo mẫu",
            "Bản sao giấy tờ chứng minh đối tượng",
        ],
        "15 ngày làm việc",
        "Không",
        "Quyết định hưởng trợ cấp",
    ),
    t(
        "Xét tặng danh hiệu Gia đình văn hóa hằng năm",
        "Văn hóa cơ sở",
        &[
            "Luật Thi đua, khen thưởng năm 2022",
            "Nghị định số 86/2023/NĐ-CP",
        ],
        &[
            "Bản đăng ký danh hiệu",
            "Biên bản họp bình xét của thôn, tổ dân phố",
        ],
        "05 ngày làm việc",
        "Không",
        "Giấy khen Gia đình văn hóa",
    ),
];

pub const STP: &[Tthc] = &[
    t(
        "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam",
        "Lý lịch tư pháp",
        LUAT_LLTP,
        &[
            "Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp",
            "Bản chụp giấy tờ tùy thân",
            "Bản chụp giấy tờ chứng minh nơi cư trú",
        ],
        "10 ngày",
        "200.000 đồng/lần/người",
        "Phiếu lý lịch tư pháp",
    ),
    t(
        "Cấp Phiếu lý lịch tư pháp cho cơ quan tiến hành tố tụng",
        "Lý lịch tư pháp",
        LUAT_LLTP,
        &["Văn bản yêu cầu của cơ quan tiến hành tố tụng"],
        "10 ngày",
        "Không",
        "Phiếu lý lịch tư pháp số 2",
    ),
    t(
        "Đăng ký hoạt động Văn phòng công chứng",
        "Công chứng",
        LUAT_CC,
        &[
            "Đơn đề nghị đăng ký hoạt động",
            "Quyết định cho phép thành lập Văn phòng công chứng",
            "Giấy tờ chứng minh trụ sở",
        ],
        "10 ngày làm việc",
        "1.000.000 đồng",
        "Giấy đăng ký hoạt động Văn phòng công chứng",
    ),
    t(
        "Cấp Thẻ công chứng viên",
        "Công chứng",
        LUAT_CC,
        &[
            "Văn bản đề nghị cấp Thẻ",
            "Quyết định bổ nhiệm công chứng viên",
            "Ảnh chân dung 2x3",
        ],
        "10 ngày làm việc",
        "100.000 đồng",
        "Thẻ công chứng viên",
    ),
    t(
        "Thay đổi nội dung đăng ký hoạt động của Văn phòng công chứng",
        "Công chứng",
        LUAT_CC,
        &[
            "Đơn đề nghị thay đổi",
            "Giấy tờ chứng minh nội dung thay đổi",
        ],
        "05 ngày làm việc",
        "500.000 đồng",
        "Giấy đăng ký hoạt động (thay đổi)",
    ),
    t(
        "Đăng ký hoạt động của tổ chức hành nghề luật sư",
        "Luật sư",
        LUAT_LS,
        &[
            "Đơn đề nghị đăng ký hoạt động",
            "Dự thảo Điều lệ của công ty luật",
            "Bản sao Chứng chỉ hành nghề luật sư",
        ],
        "10 ngày làm việc",
        "100.000 đồng",
        "Giấy đăng ký hoạt động",
    ),
    t(
        "Đăng ký hành nghề luật sư với tư cách cá nhân",
        "Luật sư",
        LUAT_LS,
        &[
            "Giấy đề nghị đăng ký hành nghề",
            "Bản sao Thẻ luật sư",
            "Hợp đồng lao động với cơ quan, tổ chức",
        ],
        "07 ngày làm việc",
        "100.000 đồng",
        "Giấy đăng ký hành nghề luật sư",
    ),
    t(
        "Đăng ký hoạt động của doanh nghiệp đấu giá tài sản",
        "Đấu giá tài sản",
        &[
            "Luật Đấu giá tài sản năm 2016, sửa đổi năm 2024",
            "Nghị định số 172/2024/NĐ-CP",
        ],
        &[
            "Đơn đề nghị đăng ký hoạt động",
            "Bản sao Chứng chỉ hành nghề đấu giá",
            "Giấy tờ chứng minh trụ sở",
        ],
        "07 ngày làm việc",
        "1.000.000 đồng",
        "Giấy đăng ký hoạt động doanh nghiệp đấu giá tài sản",
    ),
];
