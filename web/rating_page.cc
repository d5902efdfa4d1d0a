// rating_page.cc: see rating_page.h.
#include "web/rating_page.h"

#include <fmt/format.h>

#include "common/markup_escape.h"

namespace pst {
namespace {

constexpr const char* kStyle =
    "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0;background:#f4f6f8;color:#1b1f23;"
    "line-height:1.45}main{max-width:40rem;margin:0 auto;padding:1rem}h1{font-size:1.3rem;margin:.5rem 0}"
    ".ticket{color:#555;margin:0 0 1rem}fieldset{border:1px solid #ccd;border-radius:.5rem;background:#fff;"
    "margin:0 0 1rem;padding:.75rem}legend{font-weight:600;padding:0 .25rem}.q{margin:.25rem 0 .5rem}"
    "label.opt{display:flex;align-items:center;gap:.5rem;padding:.45rem .25rem;min-height:2rem}"
    "input[type=radio]{width:1.3rem;height:1.3rem;flex:none}textarea{width:100%;box-sizing:border-box;min-height:6rem;"
    "font:inherit}button{font:inherit;font-size:1.1rem;padding:.75rem 1.5rem;border:0;border-radius:.5rem;"
    "background:#0b5394;color:#fff;width:100%}.err{background:#fde8e8;border:1px solid #e0a0a0;padding:.5rem;"
    "border-radius:.5rem}.note{color:#555;font-size:.9rem}";

const char* const kOverallId[5] = {"Sangat tidak puas", "Tidak puas", "Cukup puas", "Puas", "Sangat puas"};
const char* const kOverallEn[5] = {"Very dissatisfied", "Dissatisfied", "Neither", "Satisfied", "Very satisfied"};

std::string page(std::string_view lang, std::string_view title, std::string_view body) {
  return fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta name=\"robots\" content=\"noindex, nofollow\">\n<title>{}</title>\n<style>{}</style>\n</head>\n"
      "<body>\n<main>\n{}</main>\n</body>\n</html>\n",
      lang, html_escape(title), kStyle, body);
}

int hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::optional<std::string> url_decode(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '+') {
      out += ' ';
    } else if (s[i] == '%') {
      if (i + 2 >= s.size()) return std::nullopt;
      int h = hex(s[i + 1]), l = hex(s[i + 2]);
      if (h < 0 || l < 0) return std::nullopt;
      out += static_cast<char>(h * 16 + l);
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

std::optional<int> small_int(const std::string& s, int lo, int hi) {
  if (s.size() != 1 || s[0] < '0' || s[0] > '9') return std::nullopt;
  int v = s[0] - '0';
  if (v < lo || v > hi) return std::nullopt;
  return v;
}

}  // namespace

std::string html_escape(std::string_view s) { return markup_escape(s); }

std::string rating_form_page(const RatingPageData& d) {
  const bool en = d.english;
  std::string b;
  b += fmt::format("<h1>{}</h1>\n<p class=\"ticket\">{} <strong>{}</strong>{}</p>\n",
                   en ? "How satisfied are you with our service?" : "Bagaimana kepuasan Bapak/Ibu atas layanan kami?",
                   en ? "Ticket" : "Tiket", html_escape(d.ticket_number),
                   d.subject.empty() ? "" : " &middot; " + html_escape(d.subject));
  if (d.existing)
    b += fmt::format("<p class=\"note\">{}</p>\n", en ? "You have already rated this ticket; sending the form again "
                                                        "replaces your earlier rating."
                                                      : "Bapak/Ibu sudah memberi penilaian untuk tiket ini; mengirim "
                                                        "formulir lagi akan menggantikan penilaian sebelumnya.");
  if (!d.error.empty()) b += fmt::format("<p class=\"err\" role=\"alert\">{}</p>\n", html_escape(d.error));
  b += "<form method=\"post\">\n";
  b += fmt::format("<fieldset>\n<legend>{}</legend>\n",
                   en ? "Overall satisfaction (required)" : "Kepuasan secara keseluruhan (wajib)");
  for (int v = 1; v <= 5; ++v) {
    bool checked = d.existing && d.existing->overall == v;
    b += fmt::format("<label class=\"opt\"><input type=\"radio\" name=\"overall\" value=\"{}\"{}{}> {} &ndash; {}</label>\n",
                     v, v == 1 ? " required" : "", checked ? " checked" : "", v, en ? kOverallEn[v - 1] : kOverallId[v - 1]);
  }
  b += "</fieldset>\n";
  b += fmt::format("<p class=\"note\">{}</p>\n",
                   en ? "Optional: the nine elements of the public satisfaction survey (PermenPANRB 14/2017)."
                      : "Tidak wajib: sembilan unsur Survei Kepuasan Masyarakat (PermenPANRB 14/2017).");
  const auto& els = survey_elements();
  for (std::size_t i = 0; i < kElementCount; ++i) {
    const SurveyElement& e = els[i];
    b += fmt::format("<fieldset>\n<legend>{}. {}</legend>\n<p class=\"q\">{}</p>\n", i + 1,
                     html_escape(en ? e.name_en : e.name_id), html_escape(en ? e.question_en : e.question_id));
    for (int v = 1; v <= 4; ++v) {
      bool checked = d.existing && d.existing->elements[i] == v;
      b += fmt::format("<label class=\"opt\"><input type=\"radio\" name=\"{}\" value=\"{}\"{}> {} &ndash; {}</label>\n",
                       e.key, v, checked ? " checked" : "", v,
                       html_escape(en ? e.labels_en[static_cast<std::size_t>(v - 1)] : e.labels_id[static_cast<std::size_t>(v - 1)]));
    }
    b += "</fieldset>\n";
  }
  b += fmt::format("<fieldset>\n<legend><label for=\"feedback\">{}</label></legend>\n"
                   "<textarea id=\"feedback\" name=\"feedback\" maxlength=\"1000\" rows=\"5\">{}</textarea>\n</fieldset>\n",
                   en ? "Comments and suggestions (optional)" : "Saran dan masukan (tidak wajib)",
                   d.existing ? html_escape(d.existing->feedback) : "");
  b += fmt::format("<button type=\"submit\">{}</button>\n</form>\n<p class=\"note\">{}</p>\n",
                   en ? "Send rating" : "Kirim penilaian", html_escape(d.office_name));
  return page(en ? "en" : "id", en ? "Rate our service" : "Penilaian layanan", b);
}

std::string rating_thanks_page(const RatingPageData& d, bool replaced) {
  const bool en = d.english;
  std::string b = fmt::format(
      "<h1>{}</h1>\n<p class=\"ticket\">{} <strong>{}</strong></p>\n<p>{}</p>\n<p class=\"note\">{}</p>\n",
      en ? "Thank you!" : "Terima kasih!", en ? "Ticket" : "Tiket", html_escape(d.ticket_number),
      replaced ? (en ? "Your rating has been updated." : "Penilaian Bapak/Ibu telah diperbarui.")
               : (en ? "Your rating has been recorded. It helps us improve our service."
                     : "Penilaian Bapak/Ibu telah kami terima. Masukan ini membantu kami memperbaiki layanan."),
      html_escape(d.office_name));
  return page(en ? "en" : "id", en ? "Thank you" : "Terima kasih", b);
}

std::string rating_error_page(RatingErrorPage e) {
  const char* id = "";
  const char* en = "";
  switch (e) {
    case RatingErrorPage::not_found:
      id = "Halaman tidak ditemukan. Mohon periksa kembali tautan pada email dari kami.";
      en = "Page not found. Please check the link in our email.";
      break;
    case RatingErrorPage::invalid_link:
      id = "Tautan penilaian ini tidak valid. Mohon gunakan tautan lengkap dari email kami, atau balas email "
           "tersebut dengan nilai 1 sampai 5.";
      en = "This rating link is not valid. Please use the complete link from our email, or reply to that email "
           "with a score from 1 to 5.";
      break;
    case RatingErrorPage::expired:
      id = "Masa berlaku tautan penilaian ini sudah habis. Bapak/Ibu masih dapat membalas email kami dengan nilai "
           "1 sampai 5.";
      en = "This rating link has expired. You can still reply to our email with a score from 1 to 5.";
      break;
    case RatingErrorPage::bad_request:
      id = "Permintaan tidak dapat diproses.";
      en = "The request could not be processed.";
      break;
    case RatingErrorPage::too_large:
      id = "Isian terlalu panjang. Mohon persingkat saran dan masukan.";
      en = "The form is too large. Please shorten your comments.";
      break;
    case RatingErrorPage::headers_too_large:
      id = "Permintaan terlalu besar.";
      en = "The request headers are too large.";
      break;
    case RatingErrorPage::method_not_allowed:
      id = "Metode permintaan tidak didukung.";
      en = "This request method is not supported.";
      break;
    case RatingErrorPage::unsupported_type:
      id = "Format isian tidak didukung.";
      en = "Unsupported form encoding.";
      break;
    case RatingErrorPage::server_error:
      id = "Maaf, terjadi gangguan. Mohon coba beberapa saat lagi.";
      en = "Sorry, something went wrong. Please try again later.";
      break;
  }
  return page("id", "Penilaian layanan / Rating",
              fmt::format("<h1>Mohon maaf</h1>\n<p>{}</p>\n<p lang=\"en\">{}</p>\n", html_escape(id), html_escape(en)));
}

std::optional<std::vector<std::pair<std::string, std::string>>> parse_form(std::string_view body) {
  std::vector<std::pair<std::string, std::string>> out;
  while (!body.empty()) {
    auto amp = body.find('&');
    std::string_view item = body.substr(0, amp);
    body = amp == std::string_view::npos ? std::string_view() : body.substr(amp + 1);
    if (item.empty()) continue;
    auto eq = item.find('=');
    auto name = url_decode(item.substr(0, eq));
    auto value = url_decode(eq == std::string_view::npos ? std::string_view() : item.substr(eq + 1));
    if (!name || !value) return std::nullopt;
    out.emplace_back(std::move(*name), std::move(*value));
  }
  return out;
}

FormRating rating_from_form(const std::vector<std::pair<std::string, std::string>>& fields) {
  FormRating f;
  RatingInput r;
  r.source = RatingSource::web;
  std::vector<std::string> seen;
  const auto& els = survey_elements();
  for (const auto& [name, value] : fields) {
    for (const auto& s : seen)
      if (s == name) {
        f.error_id = "Isian ganda: " + name;
        f.error_en = "Repeated field: " + name;
        return f;
      }
    seen.push_back(name);
    if (name == "overall") {
      r.overall = small_int(value, 1, 5);
      if (!r.overall) {
        f.error_id = "Nilai keseluruhan harus 1 sampai 5.";
        f.error_en = "The overall score must be 1 to 5.";
        return f;
      }
    } else if (name == "feedback") {
      r.feedback = clean_feedback(value);
    } else {
      for (std::size_t i = 0; i < kElementCount; ++i)
        if (name == els[i].key && !value.empty()) {
          r.elements[i] = small_int(value, 1, 4);
          if (!r.elements[i]) {
            f.error_id = fmt::format("Nilai {} harus 1 sampai 4.", els[i].name_id);
            f.error_en = fmt::format("The {} score must be 1 to 4.", els[i].name_en);
            return f;
          }
        }
    }
  }
  if (!r.overall) {
    f.error_id = "Mohon pilih nilai kepuasan secara keseluruhan (1 sampai 5).";
    f.error_en = "Please choose an overall score (1 to 5).";
    return f;
  }
  f.input = r;
  return f;
}

}  // namespace pst
