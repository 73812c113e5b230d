#include "text/language.h"

#include <catch2/catch.hpp>

using wiredesk::text::DetectLanguage;
using wiredesk::text::PrimaryLanguage;

TEST_CASE("the language of a few sentences of news is detected") {
  CHECK(DetectLanguage("Hà Nội đang chuẩn bị cho mùa mưa bão năm nay. Các quận nội thành đã "
                       "nạo vét cống thoát nước và kiểm tra các trạm bơm trước khi mùa mưa đến.") ==
        "vi");
  CHECK(DetectLanguage("The city council voted on Tuesday to extend the night bus service, "
                       "after months of complaints from workers on late shifts.") == "en");
  CHECK(DetectLanguage("A prefeitura anunciou nesta terça-feira que as linhas de ônibus noturnas "
                       "vão funcionar até as duas da manhã a partir do próximo mês.") == "pt");
  CHECK(DetectLanguage("Городской совет во вторник проголосовал за продление работы ночных "
                       "автобусов после многочисленных жалоб работников вечерних смен.") == "ru");
  CHECK(DetectLanguage(
            "市议会周二投票决定延长夜间公交服务，此前数月来夜班工人不断投诉交通不便。") == "zh");
}

TEST_CASE("Hebrew comes back under its current code, not CLD2's old one") {
  CHECK(DetectLanguage("מועצת העיר הצביעה ביום שלישי על הארכת שירות האוטובוסים בלילה, לאחר "
                       "חודשים של תלונות מצד עובדי משמרות מאוחרות.") == "he");
}

TEST_CASE("too little text to tell is undetermined") {
  CHECK(DetectLanguage("") == "und");
  CHECK(DetectLanguage("12:30 — 4/5") == "und");
}

TEST_CASE("the primary subtag of a language code is lower-cased") {
  CHECK(PrimaryLanguage("pt-BR") == "pt");
  CHECK(PrimaryLanguage("EN_gb") == "en");
  CHECK(PrimaryLanguage("vi") == "vi");
  CHECK(PrimaryLanguage("") == "");
}
