// How long Check document takes in Writer on a 200-page bill with about 1000 findings, with a
// view, from the command to the last comment; and the engine's share of it. Not a test: run it
// by hand (see docs/performance.md) and record the medians.
//
//   build/bench/writer_benchmark [runs]          headless office (a view that is drawn nowhere)
//   DISPLAY=:99 build/bench/writer_benchmark --visible [runs]    windows on Xvfb or a desktop
//
// The bill is generated: the sections of tests/fixtures/bill.fodt that Proviso flags (public
// legal text from Nigeria's and the Philippines' cybercrime acts) alternate with well-drafted
// provisions, in numbered parts, until the document is about 200 pages long.
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/text/XPageCursor.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <com/sun/star/ui/XUIElementFactory.hpp>

#include <unistd.h>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <vector>

#include "../src/uno/ustring.hpp"
#include "office.hpp"

namespace fs = std::filesystem;
namespace cli = proviso::cli;
namespace css = ::com::sun::star;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace {

// One part: the flagged provisions, then well-drafted ones that must stay silent.
std::string part(int n) {
    const std::string k = std::to_string(n);
    std::string xml;
    xml += "<text:h text:outline-level=\"1\">Part " + k + ". Offences and powers</text:h>\n";
    xml += "<text:h text:outline-level=\"2\">Section " + k +
           ".1. Cyberstalking</text:h>\n"
           "<text:p>(1) A person who knowingly sends message or other matter by means of computer "
           "systems or network that is grossly offensive, pornographic or of an indecent, obscene "
           "or menacing character commits an offence under this Act.</text:p>\n"
           "<text:p>(2) A person who sends a message he knows to be false, for the purpose of "
           "causing annoyance, inconvenience, danger, obstruction, insult, injury, criminal "
           "intimidation, enmity, hatred, ill will or needless anxiety to another commits an "
           "offence.</text:p>\n";
    xml += "<text:h text:outline-level=\"2\">Section " + k +
           ".2. Real-Time Collection of Traffic Data</text:h>\n"
           "<text:p>Law enforcement authorities, with due cause, shall be authorized to collect "
           "or record by technical or electronic means traffic data in real-time associated with "
           "specified communications transmitted by means of a computer system.</text:p>\n";
    xml += "<text:h text:outline-level=\"2\">Section " + k +
           ".3. Restricting Access to Computer Data</text:h>\n"
           "<text:p>When a computer data is prima facie found to be in violation of the "
           "provisions of this Act, the DOJ shall issue an order to restrict or block access to "
           "such computer data.</text:p>\n";
    for (int i = 4; i < 16; ++i) {
        xml += "<text:h text:outline-level=\"2\">Section " + k + "." + std::to_string(i) +
               ". Preservation</text:h>\n"
               "<text:p>A judge may, on application by a prosecutor, order the expeditious "
               "preservation of specified stored computer data for a period not exceeding ninety "
               "days, where there are reasonable grounds to believe that the data is relevant to "
               "a criminal investigation of a serious offence, and the order is necessary and "
               "proportionate to that investigation. The person to whom the order is addressed "
               "may apply to the court to vary or set aside the order, and the court shall "
               "inform the person concerned once notice no longer endangers the "
               "investigation.</text:p>\n";
    }
    return xml;
}

void writeBill(const fs::path& file, int parts) {
    std::ofstream out(file);
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<office:document xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
           "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
           "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
           "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
           "office:version=\"1.3\" office:mimetype=\"application/vnd.oasis.opendocument.text\">\n"
           "<office:styles><style:default-style style:family=\"paragraph\">"
           "<style:text-properties fo:language=\"en\" fo:country=\"GB\"/></style:default-style>"
           "</office:styles>\n<office:body><office:text>\n";
    for (int i = 1; i <= parts; ++i) out << part(i);
    out << "</office:text></office:body></office:document>\n";
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty()      ? 0
           : v.size() % 2 ? v[v.size() / 2]
                          : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

std::map<std::string, double> dispatchCheck(cli::OfficeSession& office,
                                            const Reference<css::text::XTextDocument>& doc) {
    Reference<css::frame::XModel> model(doc, UNO_QUERY_THROW);
    Reference<css::frame::XDispatchProvider> frame(model->getCurrentController()->getFrame(),
                                                   UNO_QUERY_THROW);
    auto helper = css::frame::DispatchHelper::create(office.remoteContext());
    const auto start = std::chrono::steady_clock::now();
    css::frame::DispatchResultEvent event;
    helper->executeDispatch(frame, "org.proviso:check", "", 0,
                            css::uno::Sequence<css::beans::PropertyValue>()) >>= event;
    std::map<std::string, double> out;
    out["Wall"] = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    css::uno::Sequence<css::beans::NamedValue> values;
    event.Result >>= values;
    for (const auto& v : values) {
        double d = 0;
        sal_Int32 n = 0;
        if (v.Value >>= d) {
            out[proviso::uno::toUtf8(v.Name)] = d;
        } else if (v.Value >>= n) {
            out[proviso::uno::toUtf8(v.Name)] = n;
        }
    }
    return out;
}

// The sidebar's findings panel for the document's frame, made as the sidebar makes it: from
// then on, each check also refreshes its list.
Reference<css::ui::XUIElement> openPanel(cli::OfficeSession& office,
                                         const Reference<css::text::XTextDocument>& doc) {
    auto context = office.remoteContext();
    Reference<css::ui::XUIElementFactory> factories(
        context->getValueByName("/singletons/com.sun.star.ui.theUIElementFactoryManager"),
        UNO_QUERY_THROW);
    Reference<css::frame::XModel> model(doc, UNO_QUERY_THROW);
    Reference<css::frame::XFrame> frame = model->getCurrentController()->getFrame();
    css::uno::Sequence<css::beans::PropertyValue> args(2);
    args.getArray()[0].Name = "Frame";
    args.getArray()[0].Value <<= frame;
    args.getArray()[1].Name = "ParentWindow";
    args.getArray()[1].Value <<= frame->getContainerWindow();
    return factories->createUIElement("private:resource/toolpanel/ProvisoPanels/Findings", args);
}

void closePanel(const Reference<css::ui::XUIElement>& panel) {
    Reference<css::lang::XComponent>(panel, UNO_QUERY_THROW)->dispose();
}

int pageCount(const Reference<css::text::XTextDocument>& doc) {
    Reference<css::frame::XModel> model(doc, UNO_QUERY_THROW);
    Reference<css::text::XTextViewCursorSupplier> supplier(model->getCurrentController(),
                                                           UNO_QUERY_THROW);
    Reference<css::text::XPageCursor> cursor(supplier->getViewCursor(), UNO_QUERY_THROW);
    cursor->jumpToLastPage();
    const int pages = cursor->getPage();
    cursor->jumpToFirstPage();
    return pages;
}

}  // namespace

int main(int argc, char** argv) {
    bool visible = false;
    int runs = 5;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--visible") == 0) {
            visible = true;
        } else {
            runs = std::max(1, std::atoi(argv[i]));
        }
    }
    try {
        const fs::path dir =
            fs::temp_directory_path() / ("proviso-bench-" + std::to_string(getpid()));
        fs::create_directories(dir);
        writeBill(dir / "bill.fodt", 67);
        cli::OfficeSession office({.oxt = PROVISO_OXT, .headless = !visible});
        // Each run checks a fresh copy, opened with a view, as a reviewer would.
        auto openCopy = [&](int run) {
            auto doc = office.open(dir / "bill.fodt", {.withView = true});
            const fs::path copy = dir / ("bill-" + std::to_string(run) + ".odt");
            office.saveAs(doc, copy);
            cli::OfficeSession::close(doc);
            return office.open(copy, {.withView = true});
        };

        // The first check in an office loads the rule packs and compiles them: measured apart.
        auto doc = openCopy(0);
        const int pages = pageCount(doc);
        const auto first = dispatchCheck(office, doc);
        cli::OfficeSession::close(doc);

        // Opening a document and laying it out, with its comments in the margin: what
        // LibreOffice itself spends on showing that many comments, whoever wrote them.
        auto openAndLayOut = [&](const fs::path& file) {
            const auto start = std::chrono::steady_clock::now();
            auto opened = office.open(file, {.withView = true});
            pageCount(opened);
            const double seconds =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            cli::OfficeSession::close(opened);
            return seconds;
        };
        std::map<std::string, std::vector<double>> fresh, again, freshPanel, againPanel;
        std::vector<double> openPlain, openAnnotated, panelOpens;
        for (int run = 1; run <= runs; ++run) {
            doc = openCopy(run);
            for (const auto& [k, v] : dispatchCheck(office, doc)) fresh[k].push_back(v);
            for (const auto& [k, v] : dispatchCheck(office, doc)) again[k].push_back(v);
            // The same with the sidebar's panel open: it reads every comment after each check.
            {
                const auto start = std::chrono::steady_clock::now();
                auto panel = openPanel(office, doc);
                panelOpens.push_back(
                    std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
                        .count());
                for (const auto& [k, v] : dispatchCheck(office, doc)) againPanel[k].push_back(v);
                closePanel(panel);
                auto other = openCopy(runs + run);
                panel = openPanel(office, other);
                for (const auto& [k, v] : dispatchCheck(office, other)) freshPanel[k].push_back(v);
                closePanel(panel);
                cli::OfficeSession::close(other);
            }
            const fs::path annotated = dir / ("annotated-" + std::to_string(run) + ".odt");
            office.saveAs(doc, annotated);
            cli::OfficeSession::close(doc);
            openPlain.push_back(openAndLayOut(dir / ("bill-" + std::to_string(run) + ".odt")));
            openAnnotated.push_back(openAndLayOut(annotated));
        }
        std::printf("bill: %d pages, %.0f paragraphs, %.0f findings; %s office; %d runs\n", pages,
                    first.at("Paragraphs"), first.at("Findings"), visible ? "visible" : "headless",
                    runs);
        std::printf("%-32s %8s %8s %8s %8s %8s %8s\n", "median seconds", "wall", "command", "read",
                    "engine", "comments", "engine%");
        auto row = [](const char* name, const std::map<std::string, std::vector<double>>& m) {
            const double command = median(m.at("TotalSeconds"));
            const double engine = median(m.at("EngineSeconds"));
            std::printf("%-32s %8.3f %8.3f %8.3f %8.3f %8.3f %7.1f%%\n", name, median(m.at("Wall")),
                        command, median(m.at("ReadSeconds")), engine, median(m.at("WriteSeconds")),
                        100 * engine / command);
        };
        std::map<std::string, std::vector<double>> firstRun;
        for (const auto& [k, v] : first) firstRun[k].push_back(v);
        row("first check after start", firstRun);
        row("check (fresh document)", fresh);
        row("check again (nothing changed)", again);
        row("check, sidebar panel open", freshPanel);
        row("check again, sidebar panel open", againPanel);
        std::printf("comments added per fresh check: %.0f; kept when checked again: %.0f\n",
                    median(fresh.at("Added")), median(again.at("Kept")));
        std::printf("sidebar panel opened on the checked document (lists every comment): %.3f s\n",
                    median(panelOpens));
        std::printf("open and lay out with a view: %.3f s without comments, %.3f s with them\n",
                    median(openPlain), median(openAnnotated));
        fs::remove_all(dir);
    } catch (const css::uno::Exception& e) {
        std::cerr << "writer_benchmark: " << proviso::uno::toUtf8(e.Message) << '\n';
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "writer_benchmark: " << e.what() << '\n';
        return 2;
    }
    return 0;
}
