#include <catch2/catch.hpp>
#include <string>

#include "extract/extract.h"

namespace {

using wiredesk::extract::Article;
using wiredesk::extract::Extract;
using wiredesk::extract::ExtractText;

// Four paragraphs of news prose under a headline, as a reader pastes them.
const std::string kVietnamese =
    "Hà Nội mở thêm ba tuyến xe buýt đêm từ tháng sau\n\n"
    "Hà Nội (TTXVN) - Sở Giao thông vận tải Hà Nội cho biết từ ngày 1/12 thành phố sẽ mở thêm "
    "ba tuyến xe buýt chạy đêm nối các khu công nghiệp với trung tâm.\n\n"
    "Theo kế hoạch, các tuyến mới hoạt động từ 22 giờ đến 4 giờ sáng, mỗi chuyến cách nhau "
    "khoảng 30 phút, giá vé giữ nguyên như các tuyến ban ngày.\n\n"
    "Đại diện Sở cho biết quyết định được đưa ra sau nhiều tháng công nhân làm ca đêm phản ánh "
    "khó khăn khi đi lại, nhất là vào mùa mưa.\n\n"
    "Nếu lượng khách ổn định, thành phố sẽ xem xét mở rộng mô hình này sang các quận ngoại "
    "thành trong năm tới.\n";

const std::string kPortuguese =
    "Prefeitura amplia linhas de ônibus noturnas a partir de dezembro\n\n"
    "A prefeitura anunciou nesta terça-feira que três novas linhas de ônibus noturnas vão ligar "
    "os polos industriais ao centro da cidade a partir do próximo mês.\n\n"
    "Segundo o plano, os ônibus vão circular entre as dez da noite e as quatro da manhã, com "
    "intervalos de cerca de meia hora e a mesma tarifa das linhas diurnas.\n\n"
    "A decisão foi tomada depois de meses de reclamações de trabalhadores do turno da noite, "
    "que dizem não ter como voltar para casa depois do expediente.\n\n"
    "Se a procura for estável, o serviço poderá chegar aos bairros da periferia no ano que vem.\n";

const std::string kRussian =
    "Мэрия запускает три ночных автобусных маршрута\n\n"
    "Мэрия города объявила во вторник, что с первого декабря три новых ночных автобусных "
    "маршрута свяжут промышленные районы с центром города.\n\n"
    "По плану автобусы будут ходить с десяти часов вечера до четырёх часов утра с интервалом "
    "около получаса, а цена билета останется такой же, как днём.\n\n"
    "Решение было принято после многих месяцев жалоб рабочих ночных смен, которым было не на "
    "чем добраться домой после работы.\n\n"
    "Если спрос будет стабильным, маршруты продлят до окраин города в следующем году.\n";

}  // namespace

TEST_CASE("a Vietnamese four-paragraph article pasted as text keeps all four paragraphs") {
  const Article a = ExtractText(kVietnamese);
  CHECK(a.title == "Hà Nội mở thêm ba tuyến xe buýt đêm từ tháng sau");
  CHECK(a.dateline == "Hà Nội (TTXVN) -");
  REQUIRE(a.paragraphs.size() == 4);
  CHECK(a.paragraphs.back().text.rfind("Nếu lượng khách ổn định", 0) == 0);
  CHECK(a.lang == "vi");
}

TEST_CASE("a Portuguese article pasted as text keeps all its paragraphs") {
  const Article a = ExtractText(kPortuguese);
  CHECK(a.title == "Prefeitura amplia linhas de ônibus noturnas a partir de dezembro");
  CHECK(a.paragraphs.size() == 4);
  CHECK(a.lang == "pt");
}

TEST_CASE("a Russian article pasted as text keeps all its paragraphs") {
  const Article a = ExtractText(kRussian);
  CHECK(a.title == "Мэрия запускает три ночных автобусных маршрута");
  CHECK(a.paragraphs.size() == 4);
  CHECK(a.lang == "ru");
}

TEST_CASE("a document's declared language wins over the detected one") {
  CHECK(Extract("a", "text", kPortuguese, "pt-BR").lang == "pt-BR");
  CHECK(Extract("a", "html", "<html lang=\"vi\"><body><p>" + kPortuguese + "</p></body></html>")
            .lang == "vi");
  CHECK(Extract("a", "html", "<html><body><article><p>" + kRussian + "</p></article></body></html>")
            .lang == "ru");
}

TEST_CASE("a credit closing a long paragraph does not make it a photo caption") {
  const Article a = ExtractText(
      "Ba tuyến xe buýt đêm mới\n\n"
      "Sở Giao thông vận tải cho biết các tuyến mới hoạt động từ 22 giờ đến 4 giờ sáng. Theo kế "
      "hoạch, mỗi chuyến cách nhau khoảng 30 phút, giá vé giữ nguyên như các tuyến ban ngày. Đại "
      "diện Sở cho biết quyết định được đưa ra sau nhiều tháng công nhân làm ca đêm phản ánh khó "
      "khăn khi đi lại, nhất là vào mùa mưa, khi nhiều đoạn đường bị ngập. Trong tuần đầu, "
      "mỗi tuyến sẽ có nhân viên hướng dẫn hành khách tại các điểm dừng chính và trên xe. Nếu "
      "lượng khách ổn "
      "định, thành phố sẽ xem xét mở rộng mô hình này sang các quận ngoại thành. Tin, ảnh: Minh "
      "An\n");
  REQUIRE(a.paragraphs.size() == 1);
  CHECK(a.paragraphs[0].text.rfind("Sở Giao thông", 0) == 0);
}

TEST_CASE("a pixel count after 'ảnh' is not an image marker") {
  const Article a = ExtractText(
      "Điện thoại mới có màn hình sắc nét\n\n"
      "Màn hình 4,95 inch của máy có độ phân giải Full HD, mật độ điểm ảnh 445ppi, được phủ kính "
      "chống trầy xước. Máy dùng bộ vi xử lý bốn lõi và có giá bán từ 349 USD tại các cửa hàng "
      "trong nước từ đầu tháng sau, theo thông báo của nhà sản xuất.\n");
  REQUIRE(a.paragraphs.size() == 1);
  CHECK(a.paragraphs[0].text.find("445ppi, được phủ kính") != std::string::npos);
}
