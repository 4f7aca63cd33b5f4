// Arabic, Russian and Chinese bills in a real LibreOffice with the real extension: the proviso
// command annotates .odt and .docx copies with the shipped packs, and the saved files are
// reopened to check exactly which words each comment covers (Arabic vowel marks included, after
// a Latin run in a right-to-left paragraph, around people's comments), that the comment speaks
// the document's language, that people's comments and every paragraph are untouched, and that
// clearing removes Proviso's comments only. The fixtures (tests/fixtures/arabic.fodt,
// russian.fodt, chinese.fodt) are public legal text; each names its sources.
#include <gtest/gtest.h>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/text/WritingMode2.hpp>
#include <com/sun/star/text/XTextTable.hpp>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "../../src/uno/ustring.hpp"
#include "../support/command.hpp"
#include "../support/reopened.hpp"
#include "../support/scratch.hpp"
#include "office.hpp"
#include "proviso/utf.hpp"

namespace proviso {
namespace {

namespace fs = std::filesystem;
namespace css = ::com::sun::star;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using testing::CommandResult;
using testing::quoted;
using testing::run;
using uno::toUtf8;

// The proviso command with the shipped packs (the test pack has only English rules).
std::string shipped(const std::string& subcommand) {
    return std::string(PROVISO_EXE) + " " + subcommand + " ";
}

using Comment = testing::SavedComment;

// Proviso's comments (or people's) of a reopened document.
std::vector<Comment> by(const testing::Reopened& r, bool proviso) {
    std::vector<Comment> out;
    for (const auto& c : r.comments)
        if ((c.author == "Proviso") == proviso) out.push_back(c);
    return out;
}

std::vector<std::string> provisoAnchors(const testing::Reopened& r) {
    std::vector<std::string> out;
    for (const auto& c : by(r, true)) out.push_back(c.anchor);
    std::sort(out.begin(), out.end());
    return out;
}

// Whether `text` has a letter of the script `language` is written in.
bool hasLetterOf(const std::string& text, const std::string& language) {
    for (std::size_t i = 0; i < text.size();) {
        const char32_t c = decodeUtf8(text, i);
        if (language == "ar" && c >= 0x0620 && c <= 0x064A) return true;
        if (language == "ru" && c >= 0x0410 && c <= 0x044F) return true;
        if (language == "zh" && c >= 0x4E00 && c <= 0x9FFF) return true;
    }
    return false;
}

bool hasLatinLetter(const std::string& text) {
    return std::any_of(text.begin(), text.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); });
}

// A fixture and what a reviewer must find in it.
struct Bill {
    const char* fixture;                // tests/fixtures/<fixture>.fodt
    const char* language;               // what the comments must speak
    std::vector<std::string> anchors;   // the words each Proviso comment covers
    std::vector<std::string> sound;     // well-drafted provisions: no Proviso comment
    std::vector<const char*> headings;  // the comment's headings in the document's language
};

struct Case {
    const Bill* bill;
    const char* format;  // odt or docx
};

void PrintTo(const Case& c, std::ostream* out) { *out << c.bill->fixture << "." << c.format; }

// What `proviso check --format json` reports on each fixture's text, judged by hand: every one
// is a concern by the domain, and the provisions in `sound` state the safeguards. Findings of
// one rule in one sentence make one comment, from the first word to the last.
const Bill kArabic{
    "arabic",
    "ar",
    {// المادة 2: false news (written with vowel marks), an offence without intent
     // (the missing-intent rule marks the penal clause, "يعاقب بالحبس")
     "يعاقب بالحبس", "إشاعاتٍ كَاذِبَةً",
     // المادة 3: seizure, surveillance, "whenever useful", ordered by the public prosecutor
     "ضبط الرسائل", "مراقبة المحادثات", "متى كان لذلك فائدة",
     // المادة 4: blocking by the authority, after "(Law No. 175 of 2018 ...)"
     "حجب",
     // المادة ٦: family values, an offence without intent
     "يعاقب بالحبس", "المبادئ أو القيم الأسرية"},
    {"يعاقب بالحبس كل من اعترض عمدا ودون وجه حق، بوسائل فنية، بيانات غير معدة للعموم أثناء "
     "إرسالها من نظام معلوماتي أو إليه.",
     "لا يجوز حجب أي موقع إلا بأمر قضائي مسبب، ولصاحب الموقع التظلم من القرار أمام المحكمة "
     "المختصة."},
    {"أهمية ذلك: ", "ما ينبغي طلبه: "}};

const Bill kRussian{
    "russian",
    "ru",
    {// Статья 2: knowingly false information endangering "public order"
     "заведомо ложной информации", "общественного порядка",
     // Статья 3: wiretapping and the rest without a court, one comment for the list
     "прослушивание телефонных переговоров; снятие информации с технических каналов связи; "
     "получение компьютерной информации",
     // Статья 5: suspension of communications, around the reviewer's comment and its reply
     "приостановление оказания услуг связи юридическим и физическим лицам или ограничение "
     "использования сетей связи",
     // Статья 7: a search on the investigator's own order
     "на основании постановления следователя"},
    {"Неправомерный доступ к охраняемой законом компьютерной информации, если это деяние "
     "повлекло уничтожение, блокирование, модификацию либо копирование компьютерной информации, "
     "наказывается штрафом в размере до двухсот тысяч рублей.",
     "Контроль и запись телефонных и иных переговоров, получение информации о соединениях между "
     "абонентами и (или) абонентскими устройствами могут производиться только на основании "
     "судебного решения.",
     "Ограничение доступа к сайту допускается только по решению суда; владелец сайта вправе "
     "обжаловать это решение."},
    {"Почему это важно: ", "Что следует требовать: "}};

const Bill kChinese{
    "chinese",
    "zh",
    {// 第二条: false information, "social order"
     "虚假的险情、疫情、灾情、警情，在信息网络或者其他媒体上传播，或者明知是上述虚假信息",
     "社会秩序",
     // 第三条: "as work requires", "per the state's rules", technical reconnaissance, no court
     "根据工作需要，按照国家有关规定，经过严格的批准手续", "按照国家有关规定", "技术侦察措施",
     // 第四条: restriction of network communications by the State Council
     "对网络通信采取限制"},
    {"违反国家规定，侵入国家事务、国防建设、尖端科学技术领域的计算机信息系统的，处三年以下有期"
     "徒刑或者拘役。",
     "人民法院可以根据权利人的申请，裁定网络服务提供者删除相关信息；当事人不服的，可以申请复议"
     "。",
     "侦查机关采取技术侦查措施，应当事先报请人民法院批准，批准决定自签发之日起三个月以内有效。",
     "依照本法采取的各项措施，应当依法进行，尊重和保障人权，维护公民和组织的合法权益。"},
    {"为何重要：", "建议要求："}};

class LanguagesTest : public ::testing::TestWithParam<Case> {
protected:
    static void SetUpTestSuite() {
        office_ = testing::startSuite("languages", dir_, {"arabic", "russian", "chinese"});
    }
    static void TearDownTestSuite() { testing::endSuite(office_, dir_); }

    const Bill& bill() const { return *GetParam().bill; }
    fs::path file(const std::string& name) const {
        return dir_ / (name + "-" + bill().fixture + "." + GetParam().format);
    }
    fs::path input() const {
        return dir_ / (std::string(bill().fixture) + "." + GetParam().format);
    }

    static testing::Reopened reopen(const fs::path& file) {
        return testing::reopenDocument(*office_, file);
    }

    static inline std::unique_ptr<cli::OfficeSession> office_;
    static inline fs::path dir_;
};

std::string caseName(const ::testing::TestParamInfo<Case>& info) {
    return std::string(info.param.bill->fixture) + "_" + info.param.format;
}
INSTANTIATE_TEST_SUITE_P(Bills, LanguagesTest,
                         ::testing::Values(Case{&kArabic, "odt"}, Case{&kArabic, "docx"},
                                           Case{&kRussian, "odt"}, Case{&kRussian, "docx"},
                                           Case{&kChinese, "odt"}, Case{&kChinese, "docx"}),
                         caseName);

TEST_P(LanguagesTest, AnnotatesExactlyTheFlaggedWordsInTheDocumentsLanguage) {
    const testing::Reopened before = reopen(input());
    ASSERT_EQ(by(before, false).size(), 2u) << "the fixture's comment and its reply";
    const fs::path output = file("annotated");
    const CommandResult result =
        run(shipped("annotate") + quoted(input()) + " -o " + quoted(output));
    ASSERT_EQ(result.status, 0) << result.output;
    EXPECT_NE(result.output.find("comments: " + std::to_string(bill().anchors.size()) +
                                 " added, 0 kept, 0 removed"),
              std::string::npos)
        << result.output;

    const testing::Reopened after = reopen(output);
    std::vector<std::string> expected = bill().anchors;
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(provisoAnchors(after), expected);
    for (const Comment& c : by(after, true)) {
        const std::string firstLine = c.content.substr(0, c.content.find('\n'));
        EXPECT_TRUE(hasLetterOf(firstLine, bill().language)) << firstLine;
        // The first line quotes the document's own words; "Proviso" is the only Latin in it.
        EXPECT_FALSE(hasLatinLetter(firstLine)) << firstLine;
        for (const char* heading : bill().headings) {
            EXPECT_NE(c.content.find(heading), std::string::npos) << heading << "\n" << c.content;
        }
        for (const char* english : {"Ask for", "Why it matters", "Standards: ", "High"}) {
            EXPECT_EQ(c.content.find(english), std::string::npos) << english << "\n" << c.content;
        }
        EXPECT_NE(c.content.find("[Proviso rule: "), std::string::npos) << c.content;
        EXPECT_EQ(std::count(bill().sound.begin(), bill().sound.end(), c.paragraph), 0)
            << "a comment on a well-drafted provision: " << c.paragraph;
    }
    EXPECT_EQ(by(after, false), by(before, false)) << "people's comments exactly as they were";
    EXPECT_EQ(after.paragraphs, before.paragraphs) << "not a character of the text changed";
    for (const std::string& sound : bill().sound) {
        EXPECT_NE(std::find(after.paragraphs.begin(), after.paragraphs.end(), sound),
                  after.paragraphs.end())
            << "the fixture's well-drafted provision: " << sound;
    }

    const fs::path cleared = file("cleared");
    const CommandResult clear = run(shipped("clear") + quoted(output) + " -o " + quoted(cleared));
    ASSERT_EQ(clear.status, 0) << clear.output;
    const testing::Reopened afterClear = reopen(cleared);
    EXPECT_TRUE(by(afterClear, true).empty());
    EXPECT_EQ(by(afterClear, false), by(before, false));
    EXPECT_EQ(afterClear.paragraphs, before.paragraphs);
}

// The findings table of the Arabic bill: in Arabic, right to left, a row per rule per article,
// each row naming its article as the document does.
TEST(LanguagesReport, ArabicBillGetsAnArabicTable) {
    fs::path dir;
    auto office = testing::startSuite("languages-report", dir, {"arabic"});
    const fs::path output = dir / "arabic-table.odt";
    const CommandResult result =
        run(shipped("report") + quoted(dir / "arabic.odt") + " -o " + quoted(output));
    ASSERT_EQ(result.status, 1) << result.output;  // 1 = findings
    EXPECT_NE(result.output.find("wrote 8 rows"), std::string::npos) << result.output;

    auto doc = office->open(output, {.withView = false, .readOnly = true});
    Reference<css::container::XEnumerationAccess> body(doc->getText(), UNO_QUERY_THROW);
    auto elements = body->createEnumeration();
    std::vector<std::string> paragraphs;
    std::vector<std::vector<std::string>> rows;
    sal_Int16 writingMode = -1;
    while (elements->hasMoreElements()) {
        Reference<css::lang::XServiceInfo> info(elements->nextElement(), UNO_QUERY_THROW);
        if (!info->supportsService("com.sun.star.text.TextTable")) {
            paragraphs.push_back(
                toUtf8(Reference<css::text::XTextRange>(info, UNO_QUERY_THROW)->getString()));
            continue;
        }
        Reference<css::text::XTextTable> table(info, UNO_QUERY_THROW);
        Reference<css::table::XCellRange> cells(table, UNO_QUERY_THROW);
        Reference<css::sheet::XCellRangeData> data(
            cells->getCellRangeByPosition(0, 0, table->getColumns()->getCount() - 1,
                                          table->getRows()->getCount() - 1),
            UNO_QUERY_THROW);
        for (const auto& row : data->getDataArray()) {
            std::vector<std::string> texts;
            for (const auto& cell : row) {
                rtl::OUString s;
                cell >>= s;
                texts.push_back(toUtf8(s));
            }
            rows.push_back(texts);
        }
        Reference<css::beans::XPropertySet>(table, UNO_QUERY_THROW)
            ->getPropertyValue("WritingMode") >>= writingMode;
    }
    cli::OfficeSession::close(doc);
    testing::endSuite(office, dir);

    ASSERT_FALSE(paragraphs.empty());
    EXPECT_EQ(paragraphs[0].rfind("ملاحظات Proviso: ", 0), 0u) << paragraphs[0];
    EXPECT_EQ(writingMode, css::text::WritingMode2::RL_TB);
    ASSERT_EQ(rows.size(), 9u) << "a header row and a row per rule per article";
    for (const std::string& heading : rows[0]) {
        EXPECT_TRUE(hasLetterOf(heading, "ar")) << heading;
        EXPECT_FALSE(hasLatinLetter(heading)) << heading;
    }
    // Column 2 names the article of each row. (It says "Article 2" in English whatever the
    // document's language: the core's canonical label; only its number is checked here.)
    std::vector<std::string> articles;
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const std::string& provision = rows[i].at(1);
        articles.push_back(provision.substr(provision.find_last_of(' ') + 1));
    }
    EXPECT_EQ(articles, (std::vector<std::string>{"2", "2", "3", "3", "3", "4", "6", "6"}));
}

}  // namespace
}  // namespace proviso
