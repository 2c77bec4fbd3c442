import { describe, expect, it } from 'vitest';
import { createRecogniser, type NamedPerson } from '../create-recogniser';

const HO_CHI_MINH: NamedPerson = { id: 'ho-chi-minh-1890', name: 'Hồ Chí Minh', aliases: [] };
const LE_LOI: NamedPerson = { id: 'le-loi-1385', name: 'Lê Lợi', aliases: [] };
const recogniser = createRecogniser([HO_CHI_MINH, LE_LOI]);
const people = (text: string) => recogniser.recognise(text).filter((m) => m.kind === 'person');
const names = (text: string) => people(text).map((m) => m.text);

describe('names after a title', () => {
  it('finds the name after a body the lexicon does not know', () => {
    expect(people('Thứ trưởng Bộ TT&TT Hoàng Vĩnh Bảo khẳng định.')).toMatchObject([
      { text: 'Hoàng Vĩnh Bảo', title: 'Thứ trưởng' },
    ]);
    expect(names('Chủ tịch HĐQT OceanBank Hà Văn Thắm bị bắt.')).toEqual(['Hà Văn Thắm']);
    expect(names('Chủ tịch xã Tà Rụt Hồ Văn Nhiếp khẩn khoản.')).toEqual(['Hồ Văn Nhiếp']);
    expect(names('Phó Chủ tịch LĐLĐ Hà Tĩnh Lê Thị Hải Yến trao quà.')).toEqual(['Lê Thị Hải Yến']);
  });

  it('reads a department written in lower case between the title and the name', () => {
    expect(names('Giám đốc Sở Y tế Nguyễn Văn Bằng cho biết.')).toEqual(['Nguyễn Văn Bằng']);
    expect(names('Giám đốc Sở Giáo dục và Đào tạo Hà Nội Nguyễn Văn Giang nói.')).toEqual([
      'Nguyễn Văn Giang',
    ]);
    expect(people('Giám đốc Sở Y tế cho biết Nguyễn Văn An bị bắt.')).toEqual([]);
    expect(people('Chủ tịch Hội đồng Trường THPT dân lập Đinh Tiên Hoàng phát biểu.')).toEqual([]);
  });

  it('reads "tỉnh" after a title as the province, not as a place before the name', () => {
    expect(names('Phó Chủ tịch tỉnh Phạm Trường Thọ nhấn mạnh.')).toEqual(['Phạm Trường Thọ']);
    expect(names('Phó Chủ tịch UBND tỉnh Lê Ánh Dương nhấn mạnh.')).toEqual(['Lê Ánh Dương']);
    expect(names('Chủ tịch UBND TP Huỳnh Đức Thơ ký.')).toEqual(['Huỳnh Đức Thơ']);
  });

  it('does not take the commune or ward after a title for a person', () => {
    expect(people('Chủ tịch UBND xã Xuân Ninh cho biết.')).toEqual([]);
    expect(people('Thứ trưởng Bộ GD-ĐT cho biết.')).toEqual([]);
    expect(people('Thứ trưởng Bộ Lao động cho biết.')).toEqual([]);
  });

  it('keeps "Anh" inside a name and "Văn" as a middle name', () => {
    expect(names('Thứ trưởng Bộ Tài chính Đỗ Hoàng Anh Tuấn khẳng định.')).toEqual([
      'Đỗ Hoàng Anh Tuấn',
    ]);
    expect(names('Đại tá Sa Văn Tâm, Phó Cục trưởng, phát biểu.')).toEqual(['Sa Văn Tâm']);
  });

  it('reads a foreign official after a title and a country, without the country', () => {
    expect(names('Thủ tướng Đức Angela Merkel phản ứng.')).toEqual(['Angela Merkel']);
    expect(names('Bộ trưởng Ngoại giao Triều Tiên Ri Yong-ho cho biết.')).toEqual(['Ri Yong-ho']);
    expect(names('Chủ tịch Trung Quốc Tập Cận Bình khởi xướng.')).toEqual(['Tập Cận Bình']);
    expect(names('Phó Thủ tướng Thái Lan Prawit Wongsuwon cho biết.')).toEqual([
      'Prawit Wongsuwon',
    ]);
  });

  it('reads a head whose body the page leaves out, but not a vague one', () => {
    expect(names('Phó Tổng cục trưởng Nguyễn Thị Thanh Hương phát biểu.')).toEqual([
      'Nguyễn Thị Thanh Hương',
    ]);
    expect(people('Thành viên Trần Văn Hùng góp ý.')).toEqual([]);
  });

  it('reads "Title + given name" of a person a title introduces on the page', () => {
    expect(names('Trung tá Phong khẳng định.')).toEqual([]);
    expect(names('Trung tá Nguyễn Văn Phong nói. Sau đó, Trung tá Phong khẳng định.')).toEqual([
      'Nguyễn Văn Phong',
      'Phong',
    ]);
    expect(
      names('Thủ tướng Slovenia Miro Cerar hủy chuyến thăm. Thủ tướng Cerar cho biết.'),
    ).toEqual(['Miro Cerar', 'Cerar']);
    expect(names('Khi Thủ tướng Kohl vướng bê bối, Thủ tướng Helmut Kohl từ chức.')).toEqual([
      'Kohl',
      'Helmut Kohl',
    ]);
  });

  it('does not take a company or club after a chairman for a foreign name', () => {
    expect(people('Chủ tịch Facebook Mark Zuckerberg tuyên bố.')).toEqual([]);
    expect(people('Cựu Chủ tịch OceanBank bị xét xử.')).toEqual([]);
    expect(names('Chủ tịch Trung Quốc Tập Cận Bình phát biểu.')).toEqual(['Tập Cận Bình']);
  });

  it('ends a place before a three-syllable name', () => {
    expect(names('Phó Chủ tịch xã Môn Sơn Lương Văn Tuấn bày tỏ.')).toEqual(['Lương Văn Tuấn']);
  });

  it('never reads a country as a name', () => {
    expect(people('Phó Thủ tướng Thái Lan không tiết lộ tên người này.')).toEqual([]);
    expect(people('Đại sứ Thổ Nhĩ Kỳ đến chào.')).toEqual([]);
  });
});

describe('bare honorifics and not-people', () => {
  it('does not highlight an unknown name after a bare honorific', () => {
    expect(people('Anh Nguyễn Văn Hải, một người dân, cho biết.')).toEqual([]);
    expect(people('Bà Trần Thị Lan bán hàng.')).toEqual([]);
  });

  it('reads a name after a common word that ends like a place word ("nông thôn")', () => {
    expect(names('Bộ trưởng Nông nghiệp và Phát triển nông thôn Lê Lợi nói.')).toEqual(['Lê Lợi']);
    expect(names('Hợp tác xã Lê Lợi thu hoạch.')).toEqual([]);
  });

  it('reads every name of a list of streets as a street', () => {
    expect(people('Xe vi phạm trên các tuyến đường Phạm Hùng, Lê Lợi, Nguyễn Trãi.')).toEqual([]);
  });

  it('does not take bridges, squares, prizes and academies named after leaders for people', () => {
    for (const text of [
      'Xe qua cầu Lê Lợi.',
      'Mít tinh ở Quảng trường Hồ Chí Minh.',
      'Ông nhận Giải thưởng Hồ Chí Minh.',
      'Học viện Chính trị quốc gia Hồ Chí Minh khai giảng.',
      'Nhà ở phố Lê Lợi.',
      'Trường THCS Lê Lợi khai giảng.',
    ]) {
      expect(people(text), text).toEqual([]);
    }
  });
});

describe('bodies on their own', () => {
  const bodies = (text: string) =>
    recogniser
      .recognise(text)
      .filter((m) => m.kind === 'body')
      .map((m) => m.text);

  it("highlights a capitalised body but not the common noun or another country's", () => {
    expect(bodies('Bộ Quốc phòng và Quốc hội họp.')).toEqual(['Bộ Quốc phòng', 'Quốc hội']);
    expect(bodies('Đời sống của nhân dân được cải thiện.')).toEqual([]);
    expect(bodies('Bộ Quốc phòng Nga cho biết; Quốc hội Mỹ bỏ phiếu.')).toEqual([]);
  });

  it('does not read an abbreviation inside a decree number or a company form as a body', () => {
    expect(bodies('Theo Nghị định 100/2015/NĐ-CP, Công ty CP Bibica phải nộp phạt.')).toEqual([]);
  });
});
