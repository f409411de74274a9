// The country table: complete, consistent, and found by whatever spelling a spreadsheet holds.

#include "countrytable.h"

#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTextStream>

using namespace cordee;
using namespace Qt::StringLiterals;

class TstCountryTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void everyRowIsComplete();
    void continentColumnIsAKnownKey();
    void codesAreUnique();
    void everyContinentIsPresent();
    void find();
    void nameByLanguage_data();
    void nameByLanguage();
    void codeFor_data();
    void codeFor();
    void codeForFindsEveryCountryByEveryName();
    void displayNameFollowsDefaultLocale_data();
    void displayNameFollowsDefaultLocale();
    void displayNameOfUnknownCode();

private:
    QLocale m_savedLocale;
};

void TstCountryTable::init()
{
    m_savedLocale = QLocale();
}

void TstCountryTable::cleanup()
{
    QLocale::setDefault(m_savedLocale);
}

void TstCountryTable::everyRowIsComplete()
{
    const QList<Country> &all = CountryTable::instance().all();
    QCOMPARE(all.size(), 249);
    static const QRegularExpression alpha2(u"^[A-Z]{2}$"_s);
    static const QRegularExpression alpha3(u"^[A-Z]{3}$"_s);
    for (const Country &c : all) {
        const QByteArray where = c.code.toUtf8();
        QVERIFY2(alpha2.match(c.code).hasMatch(), where.constData());
        QVERIFY2(alpha3.match(c.alpha3).hasMatch(), where.constData());
        QVERIFY2(vocab::continents().contains(c.continent), where.constData());
        QVERIFY2(!c.nameEn.trimmed().isEmpty(), where.constData());
        QVERIFY2(!c.nameFr.trimmed().isEmpty(), where.constData());
        QVERIFY2(!c.nameEs.trimmed().isEmpty(), where.constData());
        for (const QString &alias : c.aliases)
            QVERIFY2(!alias.trimmed().isEmpty(), where.constData());
    }
}

// CountryTable falls back to Europe for an unreadable continent, so read the shipped file itself to be sure
// every row names one.
void TstCountryTable::continentColumnIsAKnownKey()
{
    QFile file(u":/cordee/data/countries.tsv"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QTextStream in(&file);
    in.setEncoding(QStringConverter::Utf8);
    in.readLine();
    int rows = 0;
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (line.isEmpty())
            continue;
        const QStringList fields = line.split(u'\t');
        QVERIFY2(fields.size() == 7, qPrintable(line));
        QVERIFY2(vocab::continentFromKey(fields.at(2)).has_value(), qPrintable(line));
        const Country *c = CountryTable::instance().find(fields.at(0));
        QVERIFY2(c, qPrintable(line));
        QCOMPARE(c->continent, *vocab::continentFromKey(fields.at(2)));
        ++rows;
    }
    QCOMPARE(rows, 249);
}

void TstCountryTable::codesAreUnique()
{
    QSet<QString> alpha2, alpha3;
    for (const Country &c : CountryTable::instance().all()) {
        QVERIFY2(!alpha2.contains(c.code), qPrintable(c.code));
        QVERIFY2(!alpha3.contains(c.alpha3), qPrintable(c.alpha3));
        alpha2.insert(c.code);
        alpha3.insert(c.alpha3);
    }
    QCOMPARE(alpha2.size(), 249);
}

void TstCountryTable::everyContinentIsPresent()
{
    QMap<Continent, int> counts;
    for (const Country &c : CountryTable::instance().all())
        ++counts[c.continent];
    QCOMPARE(counts.size(), 5);
    for (Continent continent : vocab::continents())
        QVERIFY2(counts.value(continent) >= 10, qPrintable(vocab::key(continent)));
    QCOMPARE(CountryTable::instance().find(u"SN"_s)->continent, Continent::Africa);
    QCOMPARE(CountryTable::instance().find(u"BR"_s)->continent, Continent::Americas);
    QCOMPARE(CountryTable::instance().find(u"VN"_s)->continent, Continent::Asia);
    QCOMPARE(CountryTable::instance().find(u"FR"_s)->continent, Continent::Europe);
    QCOMPARE(CountryTable::instance().find(u"NZ"_s)->continent, Continent::Oceania);
}

void TstCountryTable::find()
{
    const Country *sn = CountryTable::instance().find(u"SN"_s);
    QVERIFY(sn);
    QCOMPARE(sn->code, u"SN"_s);
    QCOMPARE(sn->alpha3, u"SEN"_s);
    QVERIFY(
        !CountryTable::instance().find(u"sn"_s)); // codes are stored upper case; codeFor() is the lenient one
    QVERIFY(!CountryTable::instance().find(u"XX"_s));
    QVERIFY(!CountryTable::instance().find(QString()));
}

void TstCountryTable::nameByLanguage_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("name");

    QTest::newRow("SN en") << u"SN"_s << u"en"_s << u"Senegal"_s;
    QTest::newRow("SN fr") << u"SN"_s << u"fr"_s << u"Sénégal"_s;
    QTest::newRow("SN es") << u"SN"_s << u"es"_s << u"Senegal"_s;
    QTest::newRow("DE en") << u"DE"_s << u"en"_s << u"Germany"_s;
    QTest::newRow("DE fr") << u"DE"_s << u"fr"_s << u"Allemagne"_s;
    QTest::newRow("DE es") << u"DE"_s << u"es"_s << u"Alemania"_s;
    QTest::newRow("DE in German falls back to English") << u"DE"_s << u"de"_s << u"Germany"_s;
    QTest::newRow("US fr") << u"US"_s << u"fr"_s << u"États-Unis"_s;
    QTest::newRow("GB es") << u"GB"_s << u"es"_s << u"Reino Unido"_s;
    QTest::newRow("C locale is English") << u"GB"_s << u"C"_s << u"United Kingdom"_s;
}

void TstCountryTable::nameByLanguage()
{
    QFETCH(QString, code);
    QFETCH(QString, language);
    QFETCH(QString, name);
    const Country *c = CountryTable::instance().find(code);
    QVERIFY(c);
    QCOMPARE(c->name(language), name);
}

void TstCountryTable::codeFor_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");

    QTest::newRow("alpha-2") << u"SN"_s << u"SN"_s;
    QTest::newRow("alpha-2 lower case") << u"sn"_s << u"SN"_s;
    QTest::newRow("alpha-3") << u"SEN"_s << u"SN"_s;
    QTest::newRow("alpha-3 lower case") << u"sen"_s << u"SN"_s;
    QTest::newRow("senegal") << u"senegal"_s << u"SN"_s;
    QTest::newRow("Sénégal") << u"Sénégal"_s << u"SN"_s;
    QTest::newRow("SÉNÉGAL") << u"SÉNÉGAL"_s << u"SN"_s;
    QTest::newRow("surrounding spaces") << u"  Senegal "_s << u"SN"_s;
    QTest::newRow("Royaume-Uni") << u"Royaume-Uni"_s << u"GB"_s;
    QTest::newRow("royaume-uni") << u"royaume-uni"_s << u"GB"_s;
    QTest::newRow("United Kingdom") << u"United Kingdom"_s << u"GB"_s;
    QTest::newRow("UK") << u"UK"_s << u"GB"_s;
    QTest::newRow("USA") << u"USA"_s << u"US"_s;
    QTest::newRow("Estados Unidos") << u"Estados Unidos"_s << u"US"_s;
    QTest::newRow("etats-unis") << u"etats-unis"_s << u"US"_s;
    QTest::newRow("Cote d'Ivoire") << u"Cote d'Ivoire"_s << u"CI"_s;
    QTest::newRow("Côte d’Ivoire, typographic") << u"Côte d’Ivoire"_s << u"CI"_s;
    QTest::newRow("Ivory Coast") << u"Ivory Coast"_s << u"CI"_s;
    QTest::newRow("ivory coast") << u"ivory coast"_s << u"CI"_s;
    QTest::newRow("viet nam") << u"viet nam"_s << u"VN"_s;
    QTest::newRow("Vietnam") << u"Vietnam"_s << u"VN"_s;
    QTest::newRow("Viêt Nam") << u"Viêt Nam"_s << u"VN"_s;
    QTest::newRow("République Dominicaine") << u"République Dominicaine"_s << u"DO"_s;
    QTest::newRow("republica dominicana") << u"republica dominicana"_s << u"DO"_s;
    QTest::newRow("Dominican Republic") << u"Dominican Republic"_s << u"DO"_s;
    QTest::newRow("Allemagne") << u"Allemagne"_s << u"DE"_s;
    QTest::newRow("Alemania") << u"Alemania"_s << u"DE"_s;
    QTest::newRow("Åland") << u"aland islands"_s << u"AX"_s;

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("spaces") << u"   "_s << QString();
    QTest::newRow("nonsense") << u"Atlantis"_s << QString();
    QTest::newRow("unknown alpha-2") << u"XX"_s << QString();
    QTest::newRow("unknown alpha-3") << u"ZZZ"_s << QString();
    QTest::newRow("part of a name") << u"Seneg"_s << QString();
    QTest::newRow("two countries") << u"France Senegal"_s << QString();
}

void TstCountryTable::codeFor()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QCOMPARE(CountryTable::instance().codeFor(text), code);
}

// No name, code or alias of one country may shadow another's.
void TstCountryTable::codeForFindsEveryCountryByEveryName()
{
    const CountryTable &table = CountryTable::instance();
    for (const Country &c : table.all()) {
        for (const QString &name : QStringList{c.code, c.alpha3, c.nameEn, c.nameFr, c.nameEs} + c.aliases) {
            const QString found = table.codeFor(name);
            QVERIFY2(found == c.code,
                     qPrintable(u"\"%1\" gives \"%2\", expected %3"_s.arg(name, found, c.code)));
        }
    }
}

void TstCountryTable::displayNameFollowsDefaultLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("language");

    const QLocale fr(QLocale::French, QLocale::France);
    const QLocale frCa(QLocale::French, QLocale::Canada);
    const QLocale es(QLocale::Spanish, QLocale::Spain);
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QLocale de(QLocale::German, QLocale::Germany);
    QTest::newRow("fr SN") << fr << u"SN"_s << u"Sénégal"_s << u"fr"_s;
    QTest::newRow("fr_CA SN") << frCa << u"SN"_s << u"Sénégal"_s << u"fr"_s;
    QTest::newRow("fr DE") << fr << u"DE"_s << u"Allemagne"_s << u"fr"_s;
    QTest::newRow("es DE") << es << u"DE"_s << u"Alemania"_s << u"es"_s;
    QTest::newRow("en DE") << en << u"DE"_s << u"Germany"_s << u"en"_s;
    QTest::newRow("de DE falls back to English") << de << u"DE"_s << u"Germany"_s << u"de"_s;
    QTest::newRow("C DE") << QLocale::c() << u"DE"_s << u"Germany"_s << u"C"_s;
}

void TstCountryTable::displayNameFollowsDefaultLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(QString, language);
    QLocale::setDefault(locale);
    QCOMPARE(CountryTable::uiLanguage(), language);
    QCOMPARE(CountryTable::instance().displayName(code), name);
}

void TstCountryTable::displayNameOfUnknownCode()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QCOMPARE(CountryTable::instance().displayName(u"XX"_s), u"XX"_s);
    QCOMPARE(CountryTable::instance().displayName(QString()), QString());
}

QTEST_GUILESS_MAIN(TstCountryTable)
#include "tst_countrytable.moc"
