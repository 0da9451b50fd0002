// The parts of an administrative document (Nghị định 30/2020/NĐ-CP) that only the official can give: the
// document number, who signs and with what title. Nothing here is invented: what the user did not give is
// printed as a dotted blank to fill in by hand (or in Word) before signing.
import { z } from "zod";

export const BLANK = "……………";

export const officialFieldsSchema = z.object({
  number: z.string().trim().max(40, "Số, ký hiệu tối đa 40 ký tự.").optional(),
  signerTitle: z.string().trim().max(80, "Chức vụ người ký tối đa 80 ký tự.").optional(),
  signerName: z.string().trim().max(80, "Họ tên người ký tối đa 80 ký tự.").optional(),
});
export type OfficialFields = z.infer<typeof officialFieldsSchema>;

export type Letterhead = {
  parentBody: string; // "UBND TỈNH LÂM ĐỒNG"
  issuingBody: string; // "SỞ NỘI VỤ"
  numberLine: string; // "Số: ……………/BC-……………" or the number given
  placeDate: string; // "Lâm Đồng, ngày …… tháng …… năm 2026"
  signerTitle: string;
  signerName: string;
  recipients: string[];
};

/** The letterhead of a report from Sở Nội vụ to UBND tỉnh. The date is left for the day it is signed. */
export function letterhead(provinceName: string, year: number, fields: OfficialFields = {}): Letterhead {
  return {
    parentBody: `UBND TỈNH ${provinceName.toLocaleUpperCase("vi-VN")}`,
    issuingBody: "SỞ NỘI VỤ",
    numberLine: fields.number ? `Số: ${fields.number}` : `Số: ${BLANK}/BC-${BLANK}`,
    placeDate: `${provinceName}, ngày …… tháng …… năm ${year}`,
    signerTitle: fields.signerTitle?.toLocaleUpperCase("vi-VN") || BLANK,
    signerName: fields.signerName || BLANK,
    recipients: [`UBND tỉnh ${provinceName} (báo cáo);`, "Lưu: VT."],
  };
}

export const NATIONAL_MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"] as const;
