// The declaration's fixed wording: dates, ordinals, lists, counts and the forum's name with its article, in
// English, French and Spanish.

#include "declarationlanguage.h"

#include <QTest>

Q_DECLARE_METATYPE(cordee::DeclarationFigures)

using namespace cordee;
using namespace Qt::StringLiterals;

class TstDeclarationLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void longDate_data();
    void longDate();
    void dateRange_data();
    void dateRange();
    void ordinal_data();
    void ordinal();
    void list_data();
    void list();
    void number_data();
    void number();
    void count_data();
    void count();
    void names_data();
    void names();
    void title_data();
    void title();
    void introduction_data();
    void introduction();
    void placeAndDate_data();
    void placeAndDate();
    void participation();
    void raisedSuffixes();
    void unknownLanguageIsEnglish();
};

void TstDeclarationLanguage::longDate_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");
    const QDate nov11(2013, 11, 11);
    QTest::newRow("en") << u"en"_s << nov11 << u"Monday, November 11th, 2013"_s;
    QTest::newRow("fr") << u"fr"_s << nov11 << u"lundi 11 novembre 2013"_s;
    QTest::newRow("es") << u"es"_s << nov11 << u"lunes 11 de noviembre de 2013"_s;
    QTest::newRow("en 1st") << u"en"_s << QDate(2026, 10, 1) << u"Thursday, October 1st, 2026"_s;
    QTest::newRow("en 2nd") << u"en"_s << QDate(2026, 10, 2) << u"Friday, October 2nd, 2026"_s;
    QTest::newRow("en 3rd") << u"en"_s << QDate(2026, 10, 3) << u"Saturday, October 3rd, 2026"_s;
    QTest::newRow("en 12th") << u"en"_s << QDate(2026, 10, 12) << u"Monday, October 12th, 2026"_s;
    QTest::newRow("en 22nd") << u"en"_s << QDate(2026, 10, 22) << u"Thursday, October 22nd, 2026"_s;
    QTest::newRow("fr 1er") << u"fr"_s << QDate(2026, 8, 1) << u"samedi 1er août 2026"_s;
    QTest::newRow("fr Sunday") << u"fr"_s << QDate(2026, 2, 22) << u"dimanche 22 février 2026"_s;
    QTest::newRow("es 1") << u"es"_s << QDate(2026, 7, 1) << u"miércoles 1 de julio de 2026"_s;
    QTest::newRow("es Saturday") << u"es"_s << QDate(2026, 10, 17) << u"sábado 17 de octubre de 2026"_s;
    QTest::newRow("invalid") << u"fr"_s << QDate() << QString();
}

void TstDeclarationLanguage::longDate()
{
    QFETCH(QString, language);
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    QCOMPARE(DeclarationLanguage::forCode(language).longDate(date), expected);
}

void TstDeclarationLanguage::dateRange_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("expected");
    const QDate a(2013, 11, 9), b(2013, 11, 11), c(2013, 12, 1), d(2014, 1, 2);
    QTest::newRow("en same month") << u"en"_s << a << b << u"from November 9th to 11th, 2013"_s;
    QTest::newRow("fr same month") << u"fr"_s << a << b << u"du 9 au 11 novembre 2013"_s;
    QTest::newRow("es same month") << u"es"_s << a << b << u"del 9 al 11 de noviembre de 2013"_s;
    QTest::newRow("en two months") << u"en"_s << a << c << u"from November 9th to December 1st, 2013"_s;
    QTest::newRow("fr two months") << u"fr"_s << a << c << u"du 9 novembre au 1er décembre 2013"_s;
    QTest::newRow("es two months") << u"es"_s << a << c << u"del 9 de noviembre al 1 de diciembre de 2013"_s;
    QTest::newRow("en two years") << u"en"_s << b << d << u"from November 11th, 2013 to January 2nd, 2014"_s;
    QTest::newRow("fr two years") << u"fr"_s << b << d << u"du 11 novembre 2013 au 2 janvier 2014"_s;
    QTest::newRow("es two years") << u"es"_s << b << d
                                  << u"del 11 de noviembre de 2013 al 2 de enero de 2014"_s;
    QTest::newRow("fr from the 1st") << u"fr"_s << QDate(2026, 3, 1) << QDate(2026, 3, 3)
                                     << u"du 1er au 3 mars 2026"_s;
    QTest::newRow("en one day") << u"en"_s << b << b << u"on Monday, November 11th, 2013"_s;
    QTest::newRow("fr one day") << u"fr"_s << b << QDate() << u"le lundi 11 novembre 2013"_s;
    QTest::newRow("es one day") << u"es"_s << QDate() << b << u"el lunes 11 de noviembre de 2013"_s;
    QTest::newRow("none") << u"en"_s << QDate() << QDate() << QString();
}

void TstDeclarationLanguage::dateRange()
{
    QFETCH(QString, language);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, expected);
    QCOMPARE(DeclarationLanguage::forCode(language).dateRange(from, to), expected);
}

void TstDeclarationLanguage::ordinal_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");
    const std::pair<int, const char *> english[] = {
        {1, "1st"},   {2, "2nd"},     {3, "3rd"},     {4, "4th"},    {6, "6th"},
        {11, "11th"}, {12, "12th"},   {13, "13th"},   {21, "21st"},  {22, "22nd"},
        {23, "23rd"}, {101, "101st"}, {111, "111th"}, {112, "112th"}};
    for (const auto &[n, text] : english)
        QTest::addRow("en %d", n) << u"en"_s << n << QString::fromUtf8(text);
    QTest::newRow("fr 1") << u"fr"_s << 1 << u"1re"_s;
    QTest::newRow("fr 2") << u"fr"_s << 2 << u"2e"_s;
    QTest::newRow("fr 6") << u"fr"_s << 6 << u"6e"_s;
    QTest::newRow("fr 21") << u"fr"_s << 21 << u"21e"_s;
    QTest::newRow("es 1") << u"es"_s << 1 << u"1.ª"_s;
    QTest::newRow("es 6") << u"es"_s << 6 << u"6.ª"_s;
    QTest::newRow("es 12") << u"es"_s << 12 << u"12.ª"_s;
}

void TstDeclarationLanguage::ordinal()
{
    QFETCH(QString, language);
    QFETCH(int, n);
    QFETCH(QString, expected);
    QCOMPARE(DeclarationLanguage::forCode(language).ordinal(n), expected);
}

void TstDeclarationLanguage::list_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("items");
    QTest::addColumn<QString>("expected");
    const QStringList abc{u"A"_s, u"B"_s, u"C"_s};
    QTest::newRow("en") << u"en"_s << abc << u"A, B and C"_s;
    QTest::newRow("fr") << u"fr"_s << abc << u"A, B et C"_s;
    QTest::newRow("es") << u"es"_s << abc << u"A, B y C"_s;
    QTest::newRow("en two") << u"en"_s << QStringList{u"A"_s, u"B"_s} << u"A and B"_s;
    QTest::newRow("one") << u"fr"_s << QStringList{u"A"_s} << u"A"_s;
    QTest::newRow("none") << u"es"_s << QStringList() << QString();
    QTest::newRow("es e before i") << u"es"_s << QStringList{u"académicos"_s, u"investigadores"_s}
                                   << u"académicos e investigadores"_s;
    QTest::newRow("es e before hi") << u"es"_s << QStringList{u"padres"_s, u"hijos"_s} << u"padres e hijos"_s;
    QTest::newRow("es y before hie") << u"es"_s << QStringList{u"agua"_s, u"hielo"_s} << u"agua y hielo"_s;
}

void TstDeclarationLanguage::list()
{
    QFETCH(QString, language);
    QFETCH(QStringList, items);
    QFETCH(QString, expected);
    QCOMPARE(DeclarationLanguage::forCode(language).list(items), expected);
}

void TstDeclarationLanguage::number_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en small") << u"en"_s << 350 << u"350"_s;
    QTest::newRow("en") << u"en"_s << 1350 << u"1,350"_s;
    QTest::newRow("en million") << u"en"_s << 1234567 << u"1,234,567"_s;
    QTest::newRow("fr") << u"fr"_s << 1350 << u"1\u202F350"_s;
    QTest::newRow("es four digits") << u"es"_s << 1350 << u"1350"_s;
    QTest::newRow("es five digits") << u"es"_s << 12500 << u"12\u202F500"_s;
}

void TstDeclarationLanguage::number()
{
    QFETCH(QString, language);
    QFETCH(int, n);
    QFETCH(QString, expected);
    QCOMPARE(DeclarationLanguage::forCode(language).number(n), expected);
}

void TstDeclarationLanguage::count_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("noun");
    QTest::addColumn<QString>("expected");
    const int person = int(CountedNoun::Participant), country = int(CountedNoun::Country),
              continent = int(CountedNoun::Continent);
    QTest::newRow("en one country") << u"en"_s << 1 << country << u"1 country"_s;
    QTest::newRow("en countries") << u"en"_s << 45 << country << u"45 countries"_s;
    QTest::newRow("fr pays") << u"fr"_s << 45 << country << u"45 pays"_s;
    QTest::newRow("es países") << u"es"_s << 45 << country << u"45 países"_s;
    QTest::newRow("es un país") << u"es"_s << 1 << country << u"1 país"_s;
    QTest::newRow("es participantes") << u"es"_s << 350 << person << u"350 participantes"_s;
    QTest::newRow("fr continent") << u"fr"_s << 1 << continent << u"1 continent"_s;
}

void TstDeclarationLanguage::count()
{
    QFETCH(QString, language);
    QFETCH(int, n);
    QFETCH(int, noun);
    QFETCH(QString, expected);
    QCOMPARE(DeclarationLanguage::forCode(language).count(n, CountedNoun(noun)), expected);
}

void TstDeclarationLanguage::names_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("of");
    QTest::addColumn<QString>("bare");
    QTest::newRow("en") << u"en"_s << u"Alpine Forum"_s << u"the Alpine Forum"_s << u"of the Alpine Forum"_s
                        << u"Alpine Forum"_s;
    QTest::newRow("en with article") << u"en"_s << u"The Summit Meetings"_s << u"the Summit Meetings"_s
                                     << u"of the Summit Meetings"_s << u"Summit Meetings"_s;
    QTest::newRow("fr guessed masculine")
        << u"fr"_s << u"Forum alpin"_s << u"le Forum alpin"_s << u"du Forum alpin"_s << u"Forum alpin"_s;
    QTest::newRow("fr guessed feminine plural")
        << u"fr"_s << u"Rencontres du Mont-Blanc"_s << u"les Rencontres du Mont-Blanc"_s
        << u"des Rencontres du Mont-Blanc"_s << u"Rencontres du Mont-Blanc"_s;
    QTest::newRow("fr guessed elided") << u"fr"_s << u"Université d’été"_s << u"l’Université d’été"_s
                                       << u"de l’Université d’été"_s << u"Université d’été"_s;
    QTest::newRow("fr article given")
        << u"fr"_s << u"La Conférence des cimes"_s << u"la Conférence des cimes"_s
        << u"de la Conférence des cimes"_s << u"Conférence des cimes"_s;
    QTest::newRow("fr unknown") << u"fr"_s << u"Alpine Forum"_s << u"le forum «\u00a0Alpine Forum\u00a0»"_s
                                << u"du forum «\u00a0Alpine Forum\u00a0»"_s << u"Alpine Forum"_s;
    QTest::newRow("es guessed") << u"es"_s << u"Foro Andino"_s << u"el Foro Andino"_s << u"del Foro Andino"_s
                                << u"Foro Andino"_s;
    QTest::newRow("es guessed feminine")
        << u"es"_s << u"Cumbre de los Pueblos"_s << u"la Cumbre de los Pueblos"_s
        << u"de la Cumbre de los Pueblos"_s << u"Cumbre de los Pueblos"_s;
    QTest::newRow("es article given") << u"es"_s << u"Los Encuentros del Sur"_s << u"los Encuentros del Sur"_s
                                      << u"de los Encuentros del Sur"_s << u"Encuentros del Sur"_s;
    QTest::newRow("es unknown") << u"es"_s << u"Alpine Forum"_s << u"el foro «Alpine Forum»"_s
                                << u"del foro «Alpine Forum»"_s << u"Alpine Forum"_s;
}

void TstDeclarationLanguage::names()
{
    QFETCH(QString, language);
    QFETCH(QString, name);
    QFETCH(QString, subject);
    QFETCH(QString, of);
    QFETCH(QString, bare);
    const DeclarationLanguage &l = DeclarationLanguage::forCode(language);
    QCOMPARE(l.theName(name), subject);
    QCOMPARE(l.ofTheName(name), of);
    QCOMPARE(l.bareName(name), bare);
}

void TstDeclarationLanguage::title_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("edition");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en") << u"en"_s << 6 << u"Mont-Blanc Meetings"_s
                        << u"Final declaration of the 6th edition of the Mont-Blanc Meetings"_s;
    QTest::newRow("fr") << u"fr"_s << 6 << u"Rencontres du Mont-Blanc"_s
                        << u"Déclaration finale de la 6e édition des Rencontres du Mont-Blanc"_s;
    QTest::newRow("es") << u"es"_s << 6 << u"Foro Andino"_s
                        << u"Declaración final de la 6.ª edición del Foro Andino"_s;
    QTest::newRow("en no edition") << u"en"_s << 0 << u"Alpine Forum"_s
                                   << u"Final declaration of the Alpine Forum"_s;
    QTest::newRow("fr first") << u"fr"_s << 1 << u"Forum alpin"_s
                              << u"Déclaration finale de la 1re édition du Forum alpin"_s;
    QTest::newRow("es no name") << u"es"_s << 2 << QString() << u"Declaración final de la 2.ª edición"_s;
}

void TstDeclarationLanguage::title()
{
    QFETCH(QString, language);
    QFETCH(int, edition);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(DeclarationLanguage::forCode(language).title(edition, name), expected);
}

void TstDeclarationLanguage::introduction_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("city");
    QTest::addColumn<int>("edition");
    QTest::addColumn<QString>("name");
    QTest::addColumn<DeclarationFigures>("figures");
    QTest::addColumn<QString>("expected");
    const DeclarationFigures seed{350, 45, 5};
    QTest::newRow("en") << u"en"_s << u"Chamonix"_s << 6 << u"Mont-Blanc Meetings"_s << seed
                        << u"From November 9th to 11th, 2013, in Chamonix, France, the 6th edition of the "
                           "Mont-Blanc Meetings brought together 350 participants from 45 countries and 5 "
                           "continents."_s;
    QTest::newRow("fr") << u"fr"_s << u"Chamonix"_s << 6 << u"Rencontres du Mont-Blanc"_s << seed
                        << u"Du 9 au 11 novembre 2013, à Chamonix (France), la 6e édition des Rencontres du "
                           "Mont-Blanc a réuni 350 participants venus de 45 pays et de 5 continents."_s;
    QTest::newRow("es")
        << u"es"_s << u"Chamonix"_s << 6 << u"Encuentros del Mont-Blanc"_s << seed
        << u"Del 9 al 11 de noviembre de 2013, en Chamonix (Francia), la 6.ª edición de los "
           "Encuentros del Mont-Blanc reunió a 350 participantes procedentes de 45 países y 5 "
           "continentes."_s;
    QTest::newRow("fr plural name, no edition")
        << u"fr"_s << u"Chamonix"_s << 0 << u"Rencontres du Mont-Blanc"_s << seed
        << u"Du 9 au 11 novembre 2013, à Chamonix (France), les Rencontres du Mont-Blanc ont réuni 350 "
           "participants venus de 45 pays et de 5 continents."_s;
    QTest::newRow("en nobody yet")
        << u"en"_s << QString() << 2 << u"Alpine Forum"_s << DeclarationFigures{}
        << u"From November 9th to 11th, 2013, in France, the 2nd edition of the Alpine "
           "Forum took place."_s;
    QTest::newRow("es one person")
        << u"es"_s << u"Cusco"_s << 0 << u"Foro Andino"_s << DeclarationFigures{1, 1, 1}
        << u"Del 9 al 11 de noviembre de 2013, en Cusco (Francia), el Foro Andino reunió "
           "a 1 participante procedente de 1 país y 1 continente."_s;
}

void TstDeclarationLanguage::introduction()
{
    QFETCH(QString, language);
    QFETCH(QString, city);
    QFETCH(int, edition);
    QFETCH(QString, name);
    QFETCH(DeclarationFigures, figures);
    QFETCH(QString, expected);
    const DeclarationLanguage &l = DeclarationLanguage::forCode(language);
    const QString country = language == u"es" ? u"Francia"_s : u"France"_s;
    QCOMPARE(l.introduction(QDate(2013, 11, 9), QDate(2013, 11, 11), city, country, edition, name, figures),
             expected);
}

void TstDeclarationLanguage::placeAndDate_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("city");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en") << u"en"_s << u"Chamonix-Mont-Blanc"_s
                        << u"Chamonix-Mont-Blanc, Monday, November 11th, 2013"_s;
    QTest::newRow("fr") << u"fr"_s << u"Chamonix-Mont-Blanc"_s
                        << u"Chamonix-Mont-Blanc, le lundi 11 novembre 2013"_s;
    QTest::newRow("es") << u"es"_s << u"Chamonix-Mont-Blanc"_s
                        << u"Chamonix-Mont-Blanc, lunes 11 de noviembre de 2013"_s;
    QTest::newRow("fr no city") << u"fr"_s << QString() << u"Le lundi 11 novembre 2013"_s;
}

void TstDeclarationLanguage::placeAndDate()
{
    QFETCH(QString, language);
    QFETCH(QString, city);
    QFETCH(QString, expected);
    QCOMPARE(DeclarationLanguage::forCode(language).placeAndDate(city, QDate(2013, 11, 11)), expected);
}

void TstDeclarationLanguage::participation()
{
    const QList<Category> present{Category::Academic, Category::Other, Category::SseEntrepreneur,
                                  Category::Unspecified};
    QCOMPARE(DeclarationLanguage::forCode(u"en"_s).participation(present, true),
             u"Women and men — academics, entrepreneurs of the social and solidarity economy and "
             "other actors of civil society — took an active part in the debates and the workshops."_s);
    QCOMPARE(
        DeclarationLanguage::forCode(u"fr"_s).participation({Category::UnionOfficial}, false),
        u"Les participants — responsables syndicaux — ont pris une part active aux débats et aux ateliers."_s);
    QCOMPARE(
        DeclarationLanguage::forCode(u"es"_s).participation({Category::Unspecified, Category::Other}, true),
        u"Mujeres y hombres de horizontes diversos participaron activamente en los debates y los talleres."_s);
}

void TstDeclarationLanguage::raisedSuffixes()
{
    using Ranges = QList<std::pair<qsizetype, qsizetype>>;
    const DeclarationLanguage &fr = DeclarationLanguage::forCode(u"fr"_s);
    QCOMPARE(fr.raisedSuffixes(u"la 6e édition, le 1er mars, la 1re fois, en 2026"_s),
             (Ranges{{4, 1}, {19, 2}, {32, 2}}));
    QVERIFY(DeclarationLanguage::forCode(u"en"_s).raisedSuffixes(u"the 6th edition"_s).isEmpty());
}

void TstDeclarationLanguage::unknownLanguageIsEnglish()
{
    QVERIFY(!DeclarationLanguage::isSupported(u"de"_s));
    QVERIFY(DeclarationLanguage::isSupported(u"es"_s));
    QCOMPARE(DeclarationLanguage::forCode(u"de"_s).code(), u"en"_s);
    QCOMPARE(DeclarationLanguage::codes(), (QStringList{u"en"_s, u"fr"_s, u"es"_s}));
}

QTEST_GUILESS_MAIN(TstDeclarationLanguage)
#include "tst_declarationlanguage.moc"
