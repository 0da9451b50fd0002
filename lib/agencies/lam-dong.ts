// Lâm Đồng's agencies as of 2021 (the year of Kế hoạch 6006/KH-UBND): plain data that the seed inserts
// and that `--dry-run` resolves against without a database. Canonical names follow the plan's own usage
// ("Sở Nội vụ", "Văn phòng UBND tỉnh"); aliases cover the spellings plans actually use.
import type { AgencyDirectory, DirectoryAgency, DirectoryGroup } from "./directory";

const PROVINCE = "Lâm Đồng";

const provincialBodies: DirectoryAgency[] = [
  {
    name: "HĐND tỉnh",
    kind: "PROVINCIAL_BODY",
    aliases: [
      "Hội đồng nhân dân tỉnh Lâm Đồng",
      "Hội đồng nhân dân tỉnh",
      "HĐND tỉnh Lâm Đồng",
      "Đại biểu HĐND tỉnh",
      "Thường trực HĐND tỉnh",
    ],
  },
  {
    name: "UBND tỉnh",
    kind: "PROVINCIAL_BODY",
    aliases: [
      "Ủy ban nhân dân tỉnh Lâm Đồng",
      "Ủy ban nhân dân tỉnh",
      "UBND tỉnh Lâm Đồng",
      "lãnh đạo UBND tỉnh",
      "Chủ tịch UBND tỉnh",
    ],
  },
];

const department = (name: string, ...aliases: string[]): DirectoryAgency => ({ name, kind: "DEPARTMENT", aliases });

const departments: DirectoryAgency[] = [
  department("Sở Nội vụ"),
  department("Sở Tư pháp"),
  department("Sở Kế hoạch và Đầu tư", "Sở KH&ĐT", "Sở KHĐT", "Sở Kế hoạch - Đầu tư"),
  department("Sở Tài chính"),
  department("Sở Công Thương"),
  department("Sở Nông nghiệp và Phát triển nông thôn", "Sở NN&PTNT", "Sở NNPTNT"),
  department("Sở Giao thông vận tải", "Sở GTVT", "Sở Giao thông - Vận tải"),
  department("Sở Xây dựng"),
  department("Sở Tài nguyên và Môi trường", "Sở TN&MT", "Sở TNMT"),
  department("Sở Thông tin và Truyền thông", "Sở TT&TT", "Sở TTTT"),
  department("Sở Lao động - Thương binh và Xã hội", "Sở LĐ-TB&XH", "Sở LĐTBXH"),
  department("Sở Văn hóa, Thể thao và Du lịch", "Sở VH,TT&DL", "Sở VHTTDL"),
  department("Sở Khoa học và Công nghệ", "Sở KH&CN", "Sở KHCN"),
  department("Sở Giáo dục và Đào tạo", "Sở GD&ĐT", "Sở GDĐT"),
  department("Sở Y tế"),
  department("Sở Ngoại vụ"),
  department("Thanh tra tỉnh", "Thanh tra tỉnh Lâm Đồng"),
  department("Văn phòng UBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh", "VP UBND tỉnh"),
  department("Ban Dân tộc tỉnh", "Ban Dân tộc"),
  department("Ban Quản lý các khu công nghiệp tỉnh", "Ban Quản lý các khu công nghiệp", "BQL các KCN tỉnh"),
];

const serviceCentre: DirectoryAgency = {
  name: "Trung tâm Phục vụ hành chính công tỉnh",
  kind: "OTHER",
  parentName: "Văn phòng UBND tỉnh",
  aliases: [
    "Trung tâm phục vụ HCC",
    "Trung tâm Phục vụ hành chính công",
    "Trung tâm Phục vụ hành chính công - Văn phòng UBND tỉnh",
    "Trung tâm PVHCC",
  ],
};

const district = (unit: "thành phố" | "huyện", place: string): DirectoryAgency => ({
  name: `UBND ${unit} ${place}`,
  kind: "DISTRICT",
  aliases: [
    `Ủy ban nhân dân ${unit} ${place}`,
    ...(unit === "thành phố" ? [`UBND TP ${place}`, `UBND TP. ${place}`] : []),
  ],
});

const districts: DirectoryAgency[] = [
  district("thành phố", "Đà Lạt"),
  district("thành phố", "Bảo Lộc"),
  ...[
    "Lạc Dương",
    "Đơn Dương",
    "Đức Trọng",
    "Lâm Hà",
    "Đam Rông",
    "Di Linh",
    "Bảo Lâm",
    "Đạ Huoai",
    "Đạ Tẻh",
    "Cát Tiên",
  ].map((place) => district("huyện", place)),
];

const other = (name: string, ...aliases: string[]): DirectoryAgency => ({ name, kind: "OTHER", aliases });
const central = (name: string, ...aliases: string[]): DirectoryAgency => ({ name, kind: "CENTRAL", aliases });

const otherBodies: DirectoryAgency[] = [
  other("Bưu điện tỉnh Lâm Đồng", "Bưu điện tỉnh"),
  other("Đài Phát thanh - Truyền hình tỉnh Lâm Đồng", "Đài Phát thanh - Truyền hình tỉnh", "Đài PT-TH tỉnh"),
  other("Báo Lâm Đồng"),
];

const centralAgencies: DirectoryAgency[] = [
  central("Cục Thuế tỉnh Lâm Đồng", "Cục Thuế tỉnh"),
  central("Kho bạc Nhà nước Lâm Đồng", "Kho bạc Nhà nước tỉnh", "KBNN Lâm Đồng"),
  central("Bảo hiểm xã hội tỉnh Lâm Đồng", "Bảo hiểm xã hội tỉnh", "BHXH tỉnh"),
  central("Công an tỉnh Lâm Đồng", "Công an tỉnh"),
  central("Cục Thống kê tỉnh Lâm Đồng", "Cục Thống kê tỉnh"),
];

const groups: DirectoryGroup[] = [
  {
    name: "Các Sở, ban, ngành",
    aliases: [
      "Các sở, ban, ngành",
      "Sở, ban, ngành",
      "Các Sở, ban, ngành tỉnh",
      "Thủ trưởng các Sở, ban, ngành",
      "Giám đốc, Phó Giám đốc và Trưởng phòng các Sở, ban, ngành",
      "các Sở chuyên ngành",
    ],
    members: departments.map((d) => d.name),
  },
  {
    name: "UBND cấp huyện",
    aliases: [
      "UBND các huyện, thành phố",
      "lãnh đạo UBND cấp huyện",
      "Ủy ban nhân dân cấp huyện",
      "Chủ tịch UBND các huyện, thành phố",
    ],
    members: districts.map((d) => d.name),
  },
  // Communes are not seeded yet: the group exists so assignments to "UBND cấp xã" resolve.
  { name: "UBND cấp xã", aliases: ["Ủy ban nhân dân cấp xã", "Chủ tịch UBND cấp xã"], members: [] },
  {
    name: "Các cơ quan Trung ương đóng trên địa bàn",
    aliases: ["Các cơ quan Trung ương đóng trên địa bàn tỉnh", "Cơ quan Trung ương đóng trên địa bàn"],
    members: centralAgencies.map((a) => a.name),
  },
];

export const lamDongProvince = { code: "lam-dong", name: PROVINCE } as const;

export const lamDongDirectory: AgencyDirectory = {
  agencies: [...provincialBodies, ...departments, serviceCentre, ...districts, ...otherBodies, ...centralAgencies],
  groups,
};
