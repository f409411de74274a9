// Accent- and case-blind folding: what people type must find what organisers typed, whatever the keyboard.

#include "textfold.h"

#include <QTest>

using namespace cordee;
using namespace Qt::StringLiterals;

class TstTextFold : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foldForSearch_data();
    void foldForSearch();
    void foldIsIdempotent_data();
    void foldIsIdempotent();
    void matchesAllWords_data();
    void matchesAllWords();
    void matchesFoldedQuery_data();
    void matchesFoldedQuery();
};

void TstTextFold::foldForSearch_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("ascii lower") << u"dupont"_s << u"dupont"_s;
    QTest::newRow("ascii upper") << u"DUPONT"_s << u"dupont"_s;
    QTest::newRow("Hélène") << u"Hélène"_s << u"helene"_s;
    QTest::newRow("SÉNÉGAL") << u"SÉNÉGAL"_s << u"senegal"_s;
    QTest::newRow("Œuvre") << u"Œuvre"_s << u"oeuvre"_s;
    QTest::newRow("cœur") << u"cœur"_s << u"coeur"_s;
    QTest::newRow("Straße") << u"Straße"_s << u"strasse"_s;
    QTest::newRow("Nguyễn") << u"Nguyễn"_s << u"nguyen"_s;
    QTest::newRow("Łódź") << u"Łódź"_s << u"lodz"_s;
    QTest::newRow("Ærø") << u"Ærø"_s << u"aero"_s;
    QTest::newRow("Ørsted") << u"Ørsted"_s << u"orsted"_s;
    QTest::newRow("Đặng") << u"Đặng"_s << u"dang"_s;
    QTest::newRow("Þór") << u"Þór"_s << u"thor"_s;
    QTest::newRow("İstanbul") << u"İstanbul"_s << u"istanbul"_s;
    QTest::newRow("dotless ı") << u"Çağrı"_s << u"cagri"_s;
    QTest::newRow("Ñuñoa") << u"Ñuñoa"_s << u"nunoa"_s;
    QTest::newRow("Müller") << u"Müller"_s << u"muller"_s;
    QTest::newRow("José Álvarez") << u"José Álvarez"_s << u"jose alvarez"_s;
    QTest::newRow("ligature ﬁ") << u"ﬁnance"_s << u"finance"_s;
    QTest::newRow("full-width") << u"ＡＢＣ"_s << u"abc"_s;
    QTest::newRow("typographic apostrophe") << u"Côte d’Ivoire"_s << u"cote d'ivoire"_s;
    QTest::newRow("ascii apostrophe") << u"Côte d'Ivoire"_s << u"cote d'ivoire"_s;
    QTest::newRow("non-breaking hyphen") << u"Jean\u2011Pierre"_s << u"jean-pierre"_s;
    QTest::newRow("en dash") << u"Alpes–Andes"_s << u"alpes-andes"_s;
    QTest::newRow("no-break space") << u"Saint\u00A0Louis"_s << u"saint louis"_s;
    QTest::newRow("tab") << u"Saint\tLouis"_s << u"saint louis"_s;
    QTest::newRow("digits kept") << u"Rue 42"_s << u"rue 42"_s;
    QTest::newRow("e-mail") << u"Helene.Dupont@Coop.example"_s << u"helene.dupont@coop.example"_s;
}

void TstTextFold::foldForSearch()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(cordee::foldForSearch(text), folded);
}

void TstTextFold::foldIsIdempotent_data()
{
    foldForSearch_data();
}

void TstTextFold::foldIsIdempotent()
{
    QFETCH(QString, text);
    const QString once = cordee::foldForSearch(text);
    QCOMPARE(cordee::foldForSearch(once), once);
}

void TstTextFold::matchesAllWords_data()
{
    QTest::addColumn<QString>("haystack");
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("matches");

    const QString h = u"helene dupont universite de lyon"_s;
    QTest::newRow("empty query") << h << QString() << true;
    QTest::newRow("only spaces") << h << u"   "_s << true;
    QTest::newRow("empty query, empty haystack") << QString() << QString() << true;
    QTest::newRow("one word") << h << u"dupont"_s << true;
    QTest::newRow("prefix of a word") << h << u"hel"_s << true;
    QTest::newRow("inside a word") << h << u"ivers"_s << true;
    QTest::newRow("two words in order") << h << u"helene dupont"_s << true;
    QTest::newRow("two words reversed") << h << u"dupont helene"_s << true;
    QTest::newRow("extra spaces") << h << u"  lyon    helene "_s << true;
    QTest::newRow("one word missing") << h << u"helene martin"_s << false;
    QTest::newRow("missing word first") << h << u"martin helene"_s << false;
    QTest::newRow("word longer than haystack word") << h << u"lyons"_s << false;
    QTest::newRow("non-empty query, empty haystack") << QString() << u"a"_s << false;
    QTest::newRow("three words") << h << u"de lyon dupont"_s << true;
}

void TstTextFold::matchesAllWords()
{
    QFETCH(QString, haystack);
    QFETCH(QString, query);
    QFETCH(bool, matches);
    QCOMPARE(cordee::matchesAllWords(haystack, query), matches);
}

void TstTextFold::matchesFoldedQuery_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("matches");

    QTest::newRow("accented query, plain text") << u"Helene Dupont"_s << u"hélène"_s << true;
    QTest::newRow("plain query, accented text") << u"Hélène Dupont"_s << u"HELENE"_s << true;
    QTest::newRow("both words folded") << u"Coopérative Élan"_s << u"cooperative elan"_s << true;
    QTest::newRow("ß against ss") << u"Straße der Genossen"_s << u"strasse"_s << true;
    QTest::newRow("different word") << u"Hélène Dupont"_s << u"helena"_s << false;
}

void TstTextFold::matchesFoldedQuery()
{
    QFETCH(QString, text);
    QFETCH(QString, query);
    QFETCH(bool, matches);
    QCOMPARE(cordee::matchesAllWords(cordee::foldForSearch(text), cordee::foldForSearch(query)), matches);
}

QTEST_GUILESS_MAIN(TstTextFold)
#include "tst_textfold.moc"
