// Pairs of drafts of a small cybercrime bill, and the exact pairing of their provisions.
//
// The bill's sections are adapted from public texts in ../shared/corpus:
//   Illegal access and Illegal interception: Council of Europe Convention on Cybercrime (ETS
//     No. 185), Articles 2 and 3, redrafted as offences of a national bill;
//   Search and seizure of stored computer data: the same Convention, Article 19(1)-(3);
//   Production order: the same Convention, Article 18(1)(a);
//   Real-time collection of traffic data: Mauritius, Computer Misuse and Cybercrime Act 2003,
//     s.15, and Philippines, Cybercrime Prevention Act 2012 (R.A. 10175), s.12 (traffic data);
//   Restricting or blocking access to computer data: R.A. 10175, s.19, with "the Minister" for
//     "the DOJ".
// The last tests use texts as they are: Nigeria, Cybercrimes Act 2015, s.24(1), and its
// substitution by the Cybercrimes (Amendment) Act 2024; and the Convention's Articles 18 and 19
// against Ireland's Communications (Retention of Data) Act 2011, s.6A.
#include "proviso/alignment.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "proviso/document.hpp"
#include "proviso/structure.hpp"

namespace proviso {
namespace {

const char* const kTitle = "Cybercrime Bill\n";

const char* const kIllegalAccess =
    "Illegal access\n"
    "(1) A person who intentionally and without right accesses the whole or any part of a "
    "computer system commits an offence.\n"
    "(2) A person who commits an offence under subsection (1) is liable on conviction to "
    "imprisonment for a term not exceeding three years or to a fine, or both.\n";

const char* const kIllegalInterception =
    "Illegal interception\n"
    "(1) A person who intentionally and without right intercepts, by technical means, non-public "
    "transmissions of computer data to, from or within a computer system commits an offence.\n"
    "(2) A person who commits an offence under subsection (1) is liable on conviction to "
    "imprisonment for a term not exceeding three years or to a fine, or both.\n";

const char* const kSearchLeadIn =
    "Search and seizure of stored computer data\n"
    "(1) A police officer may, on a warrant issued by a judge, search or similarly access a "
    "computer system or part of it and computer data stored therein";

const char* const kSearchRest =
    "(2) Where a police officer searching a computer system has grounds to believe that the data "
    "sought is stored in another computer system in Ruritania, and such data is lawfully "
    "accessible from or available to the initial system, the officer may expeditiously extend "
    "the search to the other system.\n"
    "(3) A police officer may seize or similarly secure computer data accessed under subsection "
    "(1) or (2), make and retain a copy of those computer data, maintain their integrity, and "
    "render inaccessible or remove those computer data in the accessed computer system.\n";

const std::string kSearch = std::string(kSearchLeadIn) +
                            ", and a computer-data storage medium in which computer data may be "
                            "stored.\n" +
                            kSearchRest;

const char* const kCollectionWithJudge =
    "Real-time collection of traffic data\n"
    "(1) Where the investigatory authority has reasonable grounds to believe that any data would "
    "be relevant for the purposes of investigation and prosecution of an offence under this Act, "
    "it may apply to the Judge in Chambers for an order allowing the collection or recording of "
    "traffic data, in real time, associated with specified communications transmitted by means "
    "of any computer system.\n"
    "(2) Traffic data refer only to the communication's origin, destination, route, time, date, "
    "size, duration, or type of underlying service, but not content, nor identities.\n";

const char* const kBlocking =
    "Restricting or blocking access to computer data\n"
    "When a computer data is prima facie found to be in violation of the provisions of this Act, "
    "the Minister shall issue an order to restrict or block access to such computer data.\n";

const char* const kProductionOrder =
    "Production order\n"
    "A police officer may order a person in Ruritania to submit specified computer data in that "
    "person's possession or control, which is stored in a computer system or a computer-data "
    "storage medium.\n";

// "Section 3 - " before the first line of `body`.
std::string section(int number, const std::string& body) {
    return "Section " + std::to_string(number) + " - " + body;
}

struct Compared {
    Document oldDoc, newDoc;
    DocumentStructure oldStructure, newStructure;
    Alignment alignment;
};

Compared compare(const std::string& oldText, const std::string& newText) {
    Compared c;
    c.oldDoc = documentFromPlainText(oldText);
    c.newDoc = documentFromPlainText(newText);
    c.oldStructure = segmentProvisions(c.oldDoc);
    c.newStructure = segmentProvisions(c.newDoc);
    c.alignment = alignProvisions(c.oldDoc, c.oldStructure, c.newDoc, c.newStructure);
    return c;
}

const char* howName(ProvisionPair::How how) {
    switch (how) {
        case ProvisionPair::How::SameLabel:
            return "same label";
        case ProvisionPair::How::SameHeading:
            return "same heading";
        case ProvisionPair::How::SimilarText:
            return "similar text";
        case ProvisionPair::How::Added:
            return "added";
        case ProvisionPair::How::Deleted:
            return "deleted";
    }
    return "?";
}

// "Section 2(1) > Section 3(1): similar text"; "-" for a missing side, "(title)" for the text
// before the first heading.
std::vector<std::string> described(const Compared& c) {
    auto label = [](const DocumentStructure& s, const std::optional<std::size_t>& index) {
        if (!index) return std::string("-");
        const std::string& l = s.provisions[*index].label;
        return l.empty() ? std::string("(title)") : l;
    };
    std::vector<std::string> out;
    for (const ProvisionPair& pair : c.alignment.pairs) {
        out.push_back(label(c.oldStructure, pair.oldIndex) + " > " +
                      label(c.newStructure, pair.newIndex) + ": " + howName(pair.how));
    }
    return out;
}

// The similarity of the pair whose new provision is labelled `newLabel`.
double similarityOf(const Compared& c, const std::string& newLabel) {
    for (const ProvisionPair& pair : c.alignment.pairs) {
        if (pair.newIndex && c.newStructure.provisions[*pair.newIndex].label == newLabel) {
            return pair.similarity;
        }
    }
    ADD_FAILURE() << "no pair for " << newLabel;
    return -1;
}

const std::string kFirstReading = std::string(kTitle) + section(1, kIllegalAccess) +
                                  section(2, kSearch) + section(3, kCollectionWithJudge) +
                                  section(4, kBlocking);

TEST(Alignment, IdenticalDraftsPairEveryProvisionWithItself) {
    const Compared c = compare(kFirstReading, kFirstReading);
    EXPECT_EQ(
        described(c),
        (std::vector<std::string>{
            "(title) > (title): same label", "Section 1 > Section 1: same label",
            "Section 1(1) > Section 1(1): same label", "Section 1(2) > Section 1(2): same label",
            "Section 2 > Section 2: same label", "Section 2(1) > Section 2(1): same label",
            "Section 2(2) > Section 2(2): same label", "Section 2(3) > Section 2(3): same label",
            "Section 3 > Section 3: same label", "Section 3(1) > Section 3(1): same label",
            "Section 3(2) > Section 3(2): same label", "Section 4 > Section 4: same label"}));
    for (const ProvisionPair& pair : c.alignment.pairs) {
        EXPECT_EQ(pair.oldIndex, pair.newIndex);
        EXPECT_EQ(pair.similarity, 1.0);
    }
}

TEST(Alignment, AnInsertedSectionRenumbersTheNextOnesWhichKeepTheirText) {
    // Section 2 is new; the old sections 2 to 4 become 3 to 5. The new section's penalty
    // subsection is word for word that of section 1: it stays with section 1, whose whole
    // article is the same.
    const Compared c =
        compare(kFirstReading, std::string(kTitle) + section(1, kIllegalAccess) +
                                   section(2, kIllegalInterception) + section(3, kSearch) +
                                   section(4, kCollectionWithJudge) + section(5, kBlocking));
    EXPECT_EQ(
        described(c),
        (std::vector<std::string>{
            "(title) > (title): same label", "Section 1 > Section 1: same label",
            "Section 1(1) > Section 1(1): same label", "Section 1(2) > Section 1(2): same label",
            "- > Section 2: added", "- > Section 2(1): added", "- > Section 2(2): added",
            "Section 2 > Section 3: similar text", "Section 2(1) > Section 3(1): similar text",
            "Section 2(2) > Section 3(2): similar text",
            "Section 2(3) > Section 3(3): similar text", "Section 3 > Section 4: similar text",
            "Section 3(1) > Section 4(1): similar text",
            "Section 3(2) > Section 4(2): similar text", "Section 4 > Section 5: similar text"}));
    EXPECT_EQ(similarityOf(c, "Section 4(1)"), 1.0);
    EXPECT_EQ(similarityOf(c, "Section 5"), 1.0);
}

TEST(Alignment, AMovedSectionFollowsItsTextNotItsOldNumber) {
    // The blocking power moves up to section 2; the new section 4 is the old section 3.
    const Compared c = compare(kFirstReading, std::string(kTitle) + section(1, kIllegalAccess) +
                                                  section(2, kBlocking) + section(3, kSearch) +
                                                  section(4, kCollectionWithJudge));
    EXPECT_EQ(
        described(c),
        (std::vector<std::string>{
            "(title) > (title): same label", "Section 1 > Section 1: same label",
            "Section 1(1) > Section 1(1): same label", "Section 1(2) > Section 1(2): same label",
            "Section 4 > Section 2: similar text", "Section 2 > Section 3: similar text",
            "Section 2(1) > Section 3(1): similar text",
            "Section 2(2) > Section 3(2): similar text",
            "Section 2(3) > Section 3(3): similar text", "Section 3 > Section 4: similar text",
            "Section 3(1) > Section 4(1): similar text",
            "Section 3(2) > Section 4(2): similar text"}));
}

TEST(Alignment, ASplitSubsectionKeepsItsNumberAndTheNewPartIsAdded) {
    // Section 2(1) is split in two, the second part becoming 2(2); the old 2(2) and 2(3) become
    // 2(3) and 2(4), and 2(4) now cites "(1), (2) or (3)".
    const std::string split =
        std::string(kSearchLeadIn) + ".\n" +
        "(2) A police officer may, on a warrant issued by a judge, search or similarly access a "
        "computer-data storage medium in which computer data may be stored.\n" +
        "(3) Where a police officer searching a computer system has grounds to believe that the "
        "data sought is stored in another computer system in Ruritania, and such data is "
        "lawfully accessible from or available to the initial system, the officer may "
        "expeditiously extend the search to the other system.\n"
        "(4) A police officer may seize or similarly secure computer data accessed under "
        "subsection (1), (2) or (3), make and retain a copy of those computer data, maintain "
        "their integrity, and render inaccessible or remove those computer data in the accessed "
        "computer system.\n";
    const Compared c = compare(
        kFirstReading, std::string(kTitle) + section(1, kIllegalAccess) + section(2, split) +
                           section(3, kCollectionWithJudge) + section(4, kBlocking));
    EXPECT_EQ(
        described(c),
        (std::vector<std::string>{
            "(title) > (title): same label", "Section 1 > Section 1: same label",
            "Section 1(1) > Section 1(1): same label", "Section 1(2) > Section 1(2): same label",
            "Section 2 > Section 2: same label", "Section 2(1) > Section 2(1): same label",
            "- > Section 2(2): added", "Section 2(2) > Section 2(3): similar text",
            "Section 2(3) > Section 2(4): similar text", "Section 3 > Section 3: same label",
            "Section 3(1) > Section 3(1): same label", "Section 3(2) > Section 3(2): same label",
            "Section 4 > Section 4: same label"}));
    EXPECT_LT(similarityOf(c, "Section 2(1)"), 1.0);
    EXPECT_EQ(similarityOf(c, "Section 2(3)"), 1.0);
    EXPECT_LT(similarityOf(c, "Section 2(4)"), 1.0);
}

// Section 3(1) without the judge: the authority orders the collection itself.
const char* const kCollectionWithoutJudge =
    "Real-time collection of traffic data\n"
    "(1) Where the investigatory authority has reasonable grounds to believe that any data would "
    "be relevant for the purposes of investigation and prosecution of an offence under this Act, "
    "it may order the collection or recording of traffic data, in real time, associated with "
    "specified communications transmitted by means of any computer system.\n"
    "(2) Traffic data refer only to the communication's origin, destination, route, time, date, "
    "size, duration, or type of underlying service, but not content, nor identities.\n";

TEST(Alignment, AnAmendedProvisionKeepsItsNumber) {
    const Compared c = compare(
        kFirstReading, std::string(kTitle) + section(1, kIllegalAccess) + section(2, kSearch) +
                           section(3, kCollectionWithoutJudge) + section(4, kBlocking));
    std::vector<std::string> expected;
    for (const std::string label : {"(title)", "Section 1", "Section 1(1)", "Section 1(2)",
                                    "Section 2", "Section 2(1)", "Section 2(2)", "Section 2(3)",
                                    "Section 3", "Section 3(1)", "Section 3(2)", "Section 4"}) {
        expected.push_back(label + " > " + label + ": same label");
    }
    EXPECT_EQ(described(c), expected);
    const double amended = similarityOf(c, "Section 3(1)");
    EXPECT_LT(amended, 1.0);
    EXPECT_GE(amended, pairing::kSimilarWithLabel);
    EXPECT_EQ(similarityOf(c, "Section 3(2)"), 1.0);
}

TEST(Alignment, ARenumberedAndAmendedProvisionIsPairedByItsHeading) {
    // Interception is inserted as section 2, so collection becomes section 4, and its first
    // subsection is redrafted: too different to be the same text, but under the same heading.
    const char* const redrafted =
        "Real-time collection of traffic data\n"
        "(1) Where the Director has reasonable grounds to believe that any data would be "
        "relevant to the investigation of an offence under this Act, the Director may require a "
        "service provider to collect or record traffic data in real time, associated with "
        "specified communications transmitted by means of any computer system.\n"
        "(2) Traffic data refer only to the communication's origin, destination, route, time, "
        "date, size, duration, or type of underlying service, but not content, nor identities.\n";
    const Compared c =
        compare(kFirstReading, std::string(kTitle) + section(1, kIllegalAccess) +
                                   section(2, kIllegalInterception) + section(3, kSearch) +
                                   section(4, redrafted) + section(5, kBlocking));
    EXPECT_EQ(
        described(c),
        (std::vector<std::string>{
            "(title) > (title): same label", "Section 1 > Section 1: same label",
            "Section 1(1) > Section 1(1): same label", "Section 1(2) > Section 1(2): same label",
            "- > Section 2: added", "- > Section 2(1): added", "- > Section 2(2): added",
            "Section 2 > Section 3: similar text", "Section 2(1) > Section 3(1): similar text",
            "Section 2(2) > Section 3(2): similar text",
            "Section 2(3) > Section 3(3): similar text", "Section 3 > Section 4: similar text",
            "Section 3(1) > Section 4(1): same heading",
            "Section 3(2) > Section 4(2): similar text", "Section 4 > Section 5: similar text"}));
    const double redraftedSimilarity = similarityOf(c, "Section 4(1)");
    EXPECT_LT(redraftedSimilarity, pairing::kSimilarText);  // the heading is needed
    EXPECT_GE(redraftedSimilarity, pairing::kSimilarWithHeading);
}

TEST(Alignment, AnOffenceInsertedBeforeAnAmendedOneDoesNotTakeItsNumber) {
    // Interception is inserted as section 1, and illegal access, now section 2, is amended
    // ("infringing security measures", "intent"). The new 1(1) shares about as many words
    // with the old 1(1) (the drafting formula of an offence) as the new 2(1) does, but the old
    // section 1 is now section 2, so its 1(1) is looked for there, under the same heading.
    const char* const amendedAccess =
        "Illegal access\n"
        "(1) A person who, by infringing security measures and with the intent of obtaining "
        "computer data, intentionally accesses without right the whole or any part of a "
        "computer system commits an offence.\n"
        "(2) A person who commits an offence under subsection (1) is liable on conviction to "
        "imprisonment for a term not exceeding three years or to a fine, or both.\n";
    const Compared c =
        compare(std::string(kTitle) + section(1, kIllegalAccess) + section(2, kSearch),
                std::string(kTitle) + section(1, kIllegalInterception) + section(2, amendedAccess) +
                    section(3, kSearch));
    EXPECT_EQ(
        described(c),
        (std::vector<std::string>{
            "(title) > (title): same label", "- > Section 1: added", "- > Section 1(1): added",
            "- > Section 1(2): added", "Section 1 > Section 2: similar text",
            "Section 1(1) > Section 2(1): same heading",
            "Section 1(2) > Section 2(2): similar text", "Section 2 > Section 3: similar text",
            "Section 2(1) > Section 3(1): similar text",
            "Section 2(2) > Section 3(2): similar text",
            "Section 2(3) > Section 3(3): similar text"}));
}

TEST(Alignment, ADeletedSectionStandsWhereItStoodAndAnAddedOneIsNotItsSuccessor) {
    // The blocking power is dropped, and a production order takes its number: same label,
    // unrelated text, so not an amendment.
    const Compared c = compare(
        kFirstReading, std::string(kTitle) + section(1, kIllegalAccess) + section(2, kSearch) +
                           section(3, kCollectionWithJudge) + section(4, kProductionOrder));
    EXPECT_EQ(
        described(c),
        (std::vector<std::string>{
            "(title) > (title): same label", "Section 1 > Section 1: same label",
            "Section 1(1) > Section 1(1): same label", "Section 1(2) > Section 1(2): same label",
            "Section 2 > Section 2: same label", "Section 2(1) > Section 2(1): same label",
            "Section 2(2) > Section 2(2): same label", "Section 2(3) > Section 2(3): same label",
            "Section 3 > Section 3: same label", "Section 3(1) > Section 3(1): same label",
            "Section 3(2) > Section 3(2): same label", "Section 4 > -: deleted",
            "- > Section 4: added"}));
}

TEST(Alignment, ADeletedSectionBeforeOthersRenumbersThemDown) {
    // Section 2 (search) is dropped: 3 and 4 become 2 and 3, and the deleted provisions come
    // after section 1, where they stood.
    const Compared c =
        compare(kFirstReading, std::string(kTitle) + section(1, kIllegalAccess) +
                                   section(2, kCollectionWithJudge) + section(3, kBlocking));
    EXPECT_EQ(
        described(c),
        (std::vector<std::string>{
            "(title) > (title): same label", "Section 1 > Section 1: same label",
            "Section 1(1) > Section 1(1): same label", "Section 1(2) > Section 1(2): same label",
            "Section 2 > -: deleted", "Section 2(1) > -: deleted", "Section 2(2) > -: deleted",
            "Section 2(3) > -: deleted", "Section 3 > Section 2: similar text",
            "Section 3(1) > Section 2(1): similar text",
            "Section 3(2) > Section 2(2): similar text", "Section 4 > Section 3: similar text"}));
}

TEST(Alignment, ASubstitutedSectionIsAmendedUnderItsBareHeading) {
    // Nigeria's s.24 as enacted in 2015 and as substituted in 2024: subsection (1) narrowed,
    // (2) and (3) new. "Section 24" alone has no words to compare; its subsection says where it
    // went. (The 2024 subsection (3) is truncated in the copy, as here.)
    const Compared c = compare(
        "Section 24\n"
        "(1) A person who knowingly sends message or other matter by means of computer systems "
        "or network that - (a) is grossly offensive, pornographic or of an indecent, obscene or "
        "menacing character or causes any such message to be so sent, or, (b) he knows to be "
        "false, for the purpose of causing annoyance, inconvenience, danger, obstruction, insult, "
        "injury, criminal intimidation, enmity, hatred, ill will or needless anxiety to another "
        "or causes such a message to be sent, commits an offence under this Act and is liable on "
        "conviction to a fine of not more than N7,000,000.00 or imprisonment for a term of not "
        "more than 3 years or both.\n",
        "Section 24\n"
        "(1) A person who knowingly or intentionally sends a message or other matter by means of "
        "Computer Systems or Network that\u2014\n"
        "(a) is pornographic; or\n"
        "(b) he knows to be false, for the purpose of causing a breakdown of law and order, "
        "posing a threat to life, or causing such message to be sent,\n"
        "Commits an offence under this Act and is liable on conviction to a fine of not more than "
        "N7,000,000.00 or imprisonment for a term of not more than 3 years or both.\n"
        "(2) A Person who knowingly or Intentionally Transmits or causes the Transmission of any "
        "communication through a Computer System or Network\u2014\n"
        "(a) to bully, threaten or harass another person, where such communication places another "
        "person in fear of death, violence or bodily harm to another person ;\n"
        "(3) A Court sentencing or otherwise dealing with a Person Convicted of an offence under "
        "subsections (1) and (2) may also make an order, which may, for\n");
    EXPECT_EQ(described(c),
              (std::vector<std::string>{"Section 24 > Section 24: same label",
                                        "Section 24(1) > Section 24(1): same label",
                                        "- > Section 24(2): added", "- > Section 24(3): added"}));
    EXPECT_LT(similarityOf(c, "Section 24(1)"), pairing::kNearlySameText);
}

TEST(Alignment, UnrelatedDocumentsShareNoProvision) {
    // Two procedural powers over computer data in different words: nothing is the same.
    const Compared c = compare(
        "Article 18 - Production order\n"
        "1. Each Party shall adopt such legislative and other measures as may be necessary to "
        "empower its competent authorities to order:\n"
        "a. a person in its territory to submit specified computer data in that person's "
        "possession or control, which is stored in a computer system or a computer-data storage "
        "medium; and\n"
        "2. The powers and procedures referred to in this article shall be subject to Articles 14 "
        "and 15.\n"
        "Article 19 - Search and seizure of stored computer data\n"
        "1. Each Party shall adopt such legislative and other measures as may be necessary to "
        "empower its competent authorities to search or similarly access:\n"
        "a) a computer system or part of it and computer data stored therein; and\n"
        "b) a computer-data storage medium in which computer data may be stored in its "
        "territory.\n",
        "6A. (1) A member of the Garda S\u00edoch\u00e1na not below the rank of inspector may "
        "apply to an authorising judge for an authorisation under this section where the member "
        "is of the belief that the Schedule 2 data in respect of which the application is "
        "made\u2014\n"
        "(a) relate to a person whom the member suspects, upon reasonable grounds, of presenting "
        "an actual or potential threat to the security of the State, or\n"
        "(b) are otherwise required for the purpose of safeguarding the security of the State.\n"
        "(3) An application for an authorisation under this section shall\u2014\n"
        "(a) be made ex parte,\n"
        "(b) be upon information on oath, specifying the grounds on which the order is sought,\n"
        "(4) An authorising judge, as respects an application for an authorisation under this "
        "section, may issue an authorisation only if satisfied that\u2014\n"
        "(b) the issuing of the authorisation is necessary for, and proportionate to, the "
        "purposes for which the application is made.\n");
    ASSERT_EQ(c.alignment.pairs.size(),
              c.oldStructure.provisions.size() + c.newStructure.provisions.size());
    std::size_t deleted = 0;
    for (const ProvisionPair& pair : c.alignment.pairs) {
        if (pair.how == ProvisionPair::How::Deleted) {
            // With nothing paired, every deleted provision comes first, in the old order.
            EXPECT_EQ(pair.oldIndex, deleted++);
            EXPECT_FALSE(pair.newIndex);
        } else {
            EXPECT_EQ(pair.how, ProvisionPair::How::Added);
            EXPECT_FALSE(pair.oldIndex);
        }
        EXPECT_EQ(pair.similarity, 0.0);
    }
    EXPECT_EQ(deleted, c.oldStructure.provisions.size());
}

TEST(Alignment, EmptyDraftsGiveAddedOrDeletedOnly) {
    const Compared none = compare("", "");
    EXPECT_TRUE(none.alignment.pairs.empty());
    const Compared fromNothing = compare("", kFirstReading);
    ASSERT_EQ(fromNothing.alignment.pairs.size(), 12u);
    for (const ProvisionPair& pair : fromNothing.alignment.pairs) {
        EXPECT_EQ(pair.how, ProvisionPair::How::Added);
    }
    const Compared toNothing = compare(kFirstReading, "");
    ASSERT_EQ(toNothing.alignment.pairs.size(), 12u);
    for (const ProvisionPair& pair : toNothing.alignment.pairs) {
        EXPECT_EQ(pair.how, ProvisionPair::How::Deleted);
    }
}

}  // namespace
}  // namespace proviso
