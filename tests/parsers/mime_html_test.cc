// mime_html_test.cc: HTML bodies to readable text (parsers/html_text.h).
#include <gtest/gtest.h>

#include <random>

#include "parsers/html_text.h"

namespace pst {
namespace {

struct Case {
  const char* name;
  const char* html;
  const char* want;
};

class HtmlText : public ::testing::TestWithParam<Case> {};

TEST_P(HtmlText, Converts) { EXPECT_EQ(html_to_text(GetParam().html), GetParam().want); }

const Case kCases[] = {
    {"paragraphs", "<p>Satu</p><p>Dua</p>", "Satu\n\nDua"},
    {"divs_and_br", "<div>Satu</div><div>Dua<br>Tiga</div>", "Satu\nDua\nTiga"},
    {"double_br_blank_line", "a<br><br>b", "a\n\nb"},
    {"whitespace_collapsed", "  Saya   \n  Budi\t</b> dari  BPS ", "Saya Budi dari BPS"},
    {"inline_tags_keep_spacing", "Nama <b>saya</b> <i>Budi</i>.", "Nama saya Budi."},
    {"named_entities", "a&amp;b &lt;c&gt; &quot;d&quot; caf&eacute; &euro;5 &hellip;",
     "a&b <c> \"d\" caf\xC3\xA9 \xE2\x82\xAC" "5 \xE2\x80\xA6"},
    {"numeric_entities", "&#8211; &#x2014; &#233; &#150;", "\xE2\x80\x93 \xE2\x80\x94 \xC3\xA9 \xE2\x80\x93"},
    {"nbsp_is_space", "a&nbsp;b&#160;c", "a b c"},
    {"unknown_entity_literal", "AT&T &foo; &", "AT&T &foo; &"},
    {"script_style_head_dropped",
     "<html><head><title>T</title><style>p{x:1}</style></head><body><script>var a='<p>';</script>"
     "Isi</body></html>",
     "Isi"},
    {"comments_dropped", "a<!-- hidden <p> -->b<!--[if mso]>x<![endif]-->c", "abc"},
    {"list_items", "<ul><li>IPM</li><li>TPT</li></ul>", "- IPM\n- TPT"},
    {"table_cells", "<table><tr><td>Tahun</td><td>2024</td></tr><tr><td>A</td><td>B</td></tr></table>",
     "Tahun 2024\nA B"},
    {"blockquote_prefixed", "Balas<blockquote>Pesan lama<br>dua</blockquote>Akhir",
     "Balas\n> Pesan lama\n> dua\nAkhir"},
    {"headings", "<h1>Judul</h1>Isi", "Judul\n\nIsi"},
    {"pre_keeps_lines", "<pre>a  b\nc</pre>", "a  b\nc"},
    {"attribute_with_gt", "<a title=\"x>y\" href='z'>tautan</a>", "tautan"},
    {"unterminated_tag", "teks <div", "teks"},
    {"lone_lt", "a < b", "a < b"},
    {"outlook_o_p", "<p class=MsoNormal>Halo<o:p></o:p></p><p class=MsoNormal>Pak<o:p></o:p></p>",
     "Halo\n\nPak"},
    {"head_never_closed", "<head><meta charset=utf-8>Isi", "Isi"},
};

INSTANTIATE_TEST_SUITE_P(HtmlText, HtmlText, ::testing::ValuesIn(kCases),
                         [](const auto& info) { return std::string(info.param.name); });

// Text runs of every length to 200 mixing words, single and double spaces, tabs, CR, LF and form feeds (and
// entities): whitespace collapses to one space, however it falls against the sixteen-byte blocks copied whole.
TEST(HtmlText, WhitespaceCollapsesInLongRuns) {
  const char pieces[] = {'a', 'b', 'c', 'd', 'e', ' ', ' ', '\t', '\r', '\n', '\f', 'x'};
  std::mt19937 rng(99);
  for (std::size_t length = 0; length <= 200; ++length) {
    for (int variant = 0; variant < 4; ++variant) {
      std::string html;
      for (std::size_t i = 0; i < length; ++i) {
        const char c = pieces[rng() % (variant == 0 ? 6 : sizeof pieces)];
        html += c;
        if (variant == 3 && c == 'x') html += "&amp;";
      }
      std::string want;
      bool blank = false;
      for (std::size_t i = 0; i < html.size(); ++i) {
        const char c = html[i];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f') {
          blank = true;
          continue;
        }
        if (blank && !want.empty()) want += ' ';
        blank = false;
        if (c == '&') {
          want += '&';
          i += 4;
        } else {
          want += c;
        }
      }
      EXPECT_EQ(html_to_text(html), want) << "length " << length << " variant " << variant;
    }
  }
}

TEST(HtmlText, DeclaredCharset) {
  EXPECT_EQ(html_declared_charset("<meta charset=\"windows-1252\">"), "windows-1252");
  EXPECT_EQ(html_declared_charset(
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"),
            "iso-8859-1");
  EXPECT_EQ(html_declared_charset("<p>no charset</p>"), "");
}

TEST(HtmlText, ManyUnclosedHeadsStayLinear) {
  std::string h;
  for (int i = 0; i < 200000; ++i) h += "<head>";
  h += "Isi";
  EXPECT_EQ(html_to_text(h), "Isi");
}

}  // namespace
}  // namespace pst
