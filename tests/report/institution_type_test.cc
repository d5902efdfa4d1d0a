// institution_type_test.cc: the institution classifier (report/institution_type.h) as a table of
// texts requesters write and the type each should count under.
#include "report/institution_type.h"

#include <gtest/gtest.h>

namespace pst {
namespace {

struct Case {
  const char* text;
  InstitutionType want;
};

class InstitutionTypeTest : public ::testing::TestWithParam<Case> {};

TEST_P(InstitutionTypeTest, Classifies) {
  EXPECT_EQ(classify_institution(std::string_view(GetParam().text)), GetParam().want) << GetParam().text;
}

using T = InstitutionType;
INSTANTIATE_TEST_SUITE_P(
    Table, InstitutionTypeTest,
    ::testing::Values(Case{"Universitas Udayana", T::university}, Case{"UNIVERSITAS PENDIDIKAN GANESHA", T::university},
                      Case{"Univ. Warmadewa", T::university}, Case{"Institut Teknologi Bandung", T::university},
                      Case{"Politeknik Negeri Bali", T::university}, Case{"Sekolah Tinggi Ilmu Ekonomi", T::university},
                      Case{"STIE Satya Dharma", T::university}, Case{"UIN Sunan Kalijaga", T::university},
                      Case{"Fakultas Ekonomi, Universitas Badan Hukum", T::university},  // university first
                      Case{"Dinas Kesehatan Kabupaten Jembrana", T::government},
                      Case{"Badan Perencanaan Pembangunan Daerah", T::government},
                      Case{"Kementerian Keuangan", T::government}, Case{"Pemkab Jembrana", T::government},
                      Case{"Pemerintah Provinsi Bali", T::government}, Case{"Kantor Camat Negara", T::government},
                      Case{"BPS Provinsi Bali", T::government}, Case{"Sekretariat DPRD", T::government},
                      Case{"Bappeda Kabupaten Jembrana", T::government}, Case{"Kecamatan Mendoyo", T::government},
                      Case{"Desa Baluk", T::government}, Case{"PT Bank Pembangunan Daerah Bali", T::company},
                      Case{"pt. sinar jaya", T::company}, Case{"CV Data Nusantara", T::company},
                      Case{"Bank BRI Unit Negara", T::company}, Case{"Koperasi Tani Makmur", T::company},
                      Case{"Perusahaan Daerah Air Minum", T::company}, Case{"Mahasiswa", T::public_},
                      Case{"Puputan Badung (pribadi)", T::public_},  // "pt" only as a whole word
                      Case{"SMA Negeri 1 Negara", T::public_}, Case{"", T::public_}, Case{"  ", T::public_},
                      Case{"Komunitas Pecinta Data", T::public_}));

TEST(InstitutionType, MissingTextIsPublicAndNamesAreStable) {
  EXPECT_EQ(classify_institution(std::optional<std::string>{}), InstitutionType::public_);
  EXPECT_STREQ(to_string(InstitutionType::university), "university");
  EXPECT_STREQ(to_string(InstitutionType::public_), "public");
  EXPECT_STREQ(label_id(InstitutionType::government), "Pemerintah");
  EXPECT_STREQ(label_id(InstitutionType::company), "Perusahaan");
}

}  // namespace
}  // namespace pst
