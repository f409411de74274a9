// Searching and narrowing the participants: accent- and case-blind words, country names in every language,
// facets, and a sort that puts É with E.

#include "forumdocument.h"
#include "forumfile.h"
#include "participantfilter.h"
#include "participanttablemodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cordee;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(cordee::ParticipantFacets)

namespace {

Participant person(const QString &first, const QString &last, const QString &country, Gender gender,
                   Category category, const QString &organisation = {})
{
    Participant p;
    p.firstName = first;
    p.lastName = last;
    p.country = country;
    p.gender = gender;
    p.category = category;
    p.organisation = organisation;
    return p;
}

ForumData smallForum()
{
    ForumData d;
    d.info.title = u"Petit forum"_s;
    Participant helene = person(u"Hélène"_s, u"Dupont"_s, u"FR"_s, Gender::Female, Category::Academic,
                                u"Université de Lyon"_s);
    helene.email = u"h.dupont@univ-lyon.example"_s;
    Participant jose = person(u"José"_s, u"Álvarez"_s, u"ES"_s, Gender::Male, Category::SseEntrepreneur,
                              u"Coopérative Élan"_s);
    jose.roles = Roles{Role::Participant, Role::Facilitator};
    Participant aminata = person(u"Aminata"_s, u"Diop"_s, u"SN"_s, Gender::Female, Category::Practitioner,
                                 u"Réseau des femmes de Thiès"_s);
    aminata.roles = Roles{Role::Rapporteur};
    Participant marco = person(u"Marco"_s, u"Rossi"_s, u"IT"_s, Gender::Male, Category::UnionOfficial);
    marco.status = ParticipantStatus::Cancelled;
    d.participants = {
        helene,
        jose,
        aminata,
        marco,
        person(u"Umberto"_s, u"Eco"_s, u"IT"_s, Gender::Male, Category::Academic),
        person(u"Émilie"_s, u"Écrivain"_s, u"FR"_s, Gender::Female, Category::Other),
        person(u"Ruth"_s, u"Ezra"_s, u"CA"_s, Gender::Other, Category::Practitioner),
        person(u"Zoé"_s, QString(), u"BR"_s, Gender::NotStated, Category::Unspecified), // no last name
        person(u"Thị Lan"_s, u"Nguyễn"_s, u"VN"_s, Gender::Female, Category::PublicAuthority),
    };
    return d;
}

} // namespace

class TstParticipantFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void search_data();
    void search();
    void countryNamesInEveryLanguage_data();
    void countryNamesInEveryLanguage();
    void facets_data();
    void facets();
    void emptyFacetsShowEverybody();
    void sortByLastNameIsAccentAware_data();
    void sortByLastNameIsAccentAware();
    void sortByCountryThenLastName();
    void sortFollowsChanges();
    void followsModelChanges();

private:
    void rebuild();
    QStringList visibleLastNames() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ForumDocument> m_doc;
    std::unique_ptr<ParticipantTableModel> m_model;
    std::unique_ptr<ParticipantFilter> m_filter;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QLocale m_savedLocale;
};

void TstParticipantFilter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_savedLocale = QLocale();
}

void TstParticipantFilter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = createForumFile(m_dir->filePath(u"small.cordee"_s), smallForum());
    QVERIFY2(db, qPrintable(db.isOk() ? QString() : db.error().fullText()));
    auto doc = ForumDocument::fromDatabase(std::move(db).value());
    QVERIFY(doc.isOk());
    m_doc = std::move(doc).value();
    rebuild();
}

/// Model and filter made anew, so they pick up the current default locale.
void TstParticipantFilter::rebuild()
{
    m_tester.reset();
    m_filter.reset();
    m_model.reset();
    m_model = std::make_unique<ParticipantTableModel>();
    m_model->setDocument(m_doc.get());
    m_filter = std::make_unique<ParticipantFilter>();
    m_filter->setSourceModel(m_model.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_filter.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TstParticipantFilter::cleanup()
{
    QLocale::setDefault(m_savedLocale);
    m_tester.reset();
    m_filter.reset();
    m_model.reset();
    m_doc.reset();
    m_dir.reset();
}

QStringList TstParticipantFilter::visibleLastNames() const
{
    QStringList names;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        names << m_filter->index(row, ParticipantTableModel::LastName).data().toString();
    return names;
}

void TstParticipantFilter::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("lastNames"); // in source order

    QTest::newRow("helene") << u"helene"_s << QStringList{u"Dupont"_s};
    QTest::newRow("HELENE") << u"HELENE"_s << QStringList{u"Dupont"_s};
    QTest::newRow("Hélène") << u"Hélène"_s << QStringList{u"Dupont"_s};
    QTest::newRow("hélène dupont") << u"hélène dupont"_s << QStringList{u"Dupont"_s};
    QTest::newRow("dupont helene, reversed") << u"dupont helene"_s << QStringList{u"Dupont"_s};
    QTest::newRow("two words, one matching") << u"helene alvarez"_s << QStringList();
    QTest::newRow("alvarez") << u"alvarez"_s << QStringList{u"Álvarez"_s};
    QTest::newRow("cooperative elan") << u"cooperative elan"_s << QStringList{u"Álvarez"_s};
    QTest::newRow("COOPÉRATIVE ÉLAN") << u"COOPÉRATIVE ÉLAN"_s << QStringList{u"Álvarez"_s};
    QTest::newRow("elan cooperative") << u"  elan   cooperative "_s << QStringList{u"Álvarez"_s};
    QTest::newRow("e-mail") << u"univ-lyon"_s << QStringList{u"Dupont"_s};
    QTest::newRow("nguyen") << u"nguyen"_s << QStringList{u"Nguyễn"_s};
    QTest::newRow("thies") << u"thies"_s << QStringList{u"Diop"_s};
    QTest::newRow("senegal") << u"senegal"_s << QStringList{u"Diop"_s};
    QTest::newRow("France finds both French") << u"france"_s << QStringList{u"Dupont"_s, u"Écrivain"_s};
    QTest::newRow("first name without last") << u"zoe"_s << QStringList{QString()};
    QTest::newRow("nobody") << u"xylophone"_s << QStringList();
    QTest::newRow("empty shows all") << QString() << QStringList{u"Dupont"_s, u"Álvarez"_s, u"Diop"_s,
                                                                 u"Rossi"_s,  u"Eco"_s,     u"Écrivain"_s,
                                                                 u"Ezra"_s,   QString(),    u"Nguyễn"_s};
    QTest::newRow("spaces show all") << u"   "_s << QStringList{u"Dupont"_s, u"Álvarez"_s, u"Diop"_s,
                                                                u"Rossi"_s,  u"Eco"_s,     u"Écrivain"_s,
                                                                u"Ezra"_s,   QString(),    u"Nguyễn"_s};
}

void TstParticipantFilter::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, lastNames);
    m_filter->setSearchText(text);
    QCOMPARE(m_filter->searchText(), text);
    QCOMPARE(visibleLastNames(), lastNames);
    m_filter->setSearchText(QString());
    QCOMPARE(m_filter->rowCount(), m_model->rowCount());
}

void TstParticipantFilter::countryNamesInEveryLanguage_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("lastNames");

    const QList<std::pair<const char *, QLocale>> locales{
        {"C", QLocale::c()},
        {"en", QLocale(QLocale::English, QLocale::UnitedStates)},
        {"fr", QLocale(QLocale::French, QLocale::France)},
        {"es", QLocale(QLocale::Spanish, QLocale::Spain)},
    };
    for (const auto &[name, locale] : locales) {
        for (const QString &text : {u"senegal"_s, u"sénégal"_s, u"Senegal"_s, u"SÉNÉGAL"_s})
            QTest::addRow("%s %s", name, qPrintable(text)) << locale << text << QStringList{u"Diop"_s};
        // Spain in English, French and Spanish.
        for (const QString &text : {u"spain"_s, u"espagne"_s, u"españa"_s, u"espana"_s})
            QTest::addRow("%s %s", name, qPrintable(text)) << locale << text << QStringList{u"Álvarez"_s};
        QTest::addRow("%s allemagne", name) << locale << u"allemagne"_s << QStringList();
    }
}

void TstParticipantFilter::countryNamesInEveryLanguage()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, text);
    QFETCH(QStringList, lastNames);
    QLocale::setDefault(locale);
    rebuild();
    m_filter->setSearchText(text);
    QCOMPARE(visibleLastNames(), lastNames);
}

void TstParticipantFilter::facets_data()
{
    QTest::addColumn<ParticipantFacets>("facets");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("lastNames");

    ParticipantFacets f;
    f.countries = {u"FR"_s};
    QTest::newRow("country FR") << f << QString() << QStringList{u"Dupont"_s, u"Écrivain"_s};
    f.countries = {u"FR"_s, u"SN"_s};
    QTest::newRow("countries FR or SN")
        << f << QString() << QStringList{u"Dupont"_s, u"Diop"_s, u"Écrivain"_s};
    QTest::newRow("countries and text") << f << u"emilie"_s << QStringList{u"Écrivain"_s};
    f = {};
    f.continents = {Continent::Africa};
    QTest::newRow("continent Africa") << f << QString() << QStringList{u"Diop"_s};
    f.continents = {Continent::Americas, Continent::Asia};
    QTest::newRow("Americas or Asia") << f << QString() << QStringList{u"Ezra"_s, QString(), u"Nguyễn"_s};
    f.continents = {Continent::Oceania};
    QTest::newRow("continent nobody comes from") << f << QString() << QStringList();
    f = {};
    f.categories = {Category::SseEntrepreneur};
    QTest::newRow("category SSE") << f << QString() << QStringList{u"Álvarez"_s};
    f.categories = {Category::Academic};
    QTest::newRow("category academic") << f << QString() << QStringList{u"Dupont"_s, u"Eco"_s};
    f.categories = {Category::Unspecified};
    QTest::newRow("category not stated") << f << QString() << QStringList{QString()};
    f = {};
    f.genders = {Gender::Female};
    QTest::newRow("women") << f << QString()
                           << QStringList{u"Dupont"_s, u"Diop"_s, u"Écrivain"_s, u"Nguyễn"_s};
    QTest::newRow("women and text") << f << u"lyon"_s << QStringList{u"Dupont"_s};
    f.genders = {Gender::Other, Gender::NotStated};
    QTest::newRow("other or not stated") << f << QString() << QStringList{u"Ezra"_s, QString()};
    f = {};
    f.roles = {Role::Facilitator};
    QTest::newRow("role facilitator") << f << QString() << QStringList{u"Álvarez"_s};
    f.roles = {Role::Rapporteur, Role::Facilitator};
    QTest::newRow("facilitator or rapporteur") << f << QString() << QStringList{u"Álvarez"_s, u"Diop"_s};
    f.roles = {Role::Participant};
    QTest::newRow("role participant")
        << f << QString() << QStringList{u"Dupont"_s,   u"Álvarez"_s, u"Rossi"_s, u"Eco"_s,
                                         u"Écrivain"_s, u"Ezra"_s,    QString(),  u"Nguyễn"_s};
    f = {};
    f.countries = {u"FR"_s, u"IT"_s};
    f.genders = {Gender::Male};
    QTest::newRow("country and gender") << f << QString() << QStringList{u"Rossi"_s, u"Eco"_s};
    f.categories = {Category::Academic};
    QTest::newRow("country, gender and category") << f << QString() << QStringList{u"Eco"_s};
    QTest::newRow("facets and a text that excludes") << f << u"rossi"_s << QStringList();
    f = {};
    f.continents = {Continent::Europe};
    f.roles = {Role::Facilitator};
    QTest::newRow("continent and role") << f << QString() << QStringList{u"Álvarez"_s};
}

void TstParticipantFilter::facets()
{
    QFETCH(ParticipantFacets, facets);
    QFETCH(QString, text);
    QFETCH(QStringList, lastNames);
    m_filter->setSearchText(text);
    m_filter->setFacets(facets);
    QVERIFY(m_filter->facets() == facets);
    QCOMPARE(visibleLastNames(), lastNames);
}

void TstParticipantFilter::emptyFacetsShowEverybody()
{
    ParticipantFacets narrow;
    narrow.countries = {u"SN"_s};
    m_filter->setFacets(narrow);
    QCOMPARE(m_filter->rowCount(), 1);
    m_filter->setFacets(ParticipantFacets());
    QVERIFY(m_filter->facets().isEmpty());
    QCOMPARE(m_filter->rowCount(), m_model->rowCount());
    QCOMPARE(m_filter->rowCount(), 9);
}

void TstParticipantFilter::sortByLastNameIsAccentAware_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedStates);
    QTest::newRow("fr") << QLocale(QLocale::French, QLocale::France);
    QTest::newRow("es") << QLocale(QLocale::Spanish, QLocale::Spain);
    QTest::newRow("C") << QLocale::c();
}

void TstParticipantFilter::sortByLastNameIsAccentAware()
{
    QFETCH(QLocale, locale);
    QLocale::setDefault(locale);
    rebuild();
    m_filter->sort(ParticipantTableModel::LastName, Qt::AscendingOrder);
    // Á with A, É with E, and the person without a last name at the end.
    QCOMPARE(visibleLastNames(), (QStringList{u"Álvarez"_s, u"Diop"_s, u"Dupont"_s, u"Eco"_s, u"Écrivain"_s,
                                              u"Ezra"_s, u"Nguyễn"_s, u"Rossi"_s, QString()}));
    m_filter->sort(ParticipantTableModel::LastName, Qt::DescendingOrder);
    QStringList names = visibleLastNames();
    names.removeAll(QString());
    QCOMPARE(names, (QStringList{u"Rossi"_s, u"Nguyễn"_s, u"Ezra"_s, u"Écrivain"_s, u"Eco"_s, u"Dupont"_s,
                                 u"Diop"_s, u"Álvarez"_s}));
}

void TstParticipantFilter::sortByCountryThenLastName()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    rebuild();
    // English names: Brazil, Canada, France, Italy, Senegal, Spain, Viet Nam; ties keep the source order.
    m_filter->sort(ParticipantTableModel::Country, Qt::AscendingOrder);
    QCOMPARE(visibleLastNames(), (QStringList{QString(), u"Ezra"_s, u"Dupont"_s, u"Écrivain"_s, u"Rossi"_s,
                                              u"Eco"_s, u"Diop"_s, u"Álvarez"_s, u"Nguyễn"_s}));
    // Another column sorts by its own texts, not by what was cached for the first.
    m_filter->sort(ParticipantTableModel::LastName, Qt::AscendingOrder);
    QCOMPARE(visibleLastNames(), (QStringList{u"Álvarez"_s, u"Diop"_s, u"Dupont"_s, u"Eco"_s, u"Écrivain"_s,
                                              u"Ezra"_s, u"Nguyễn"_s, u"Rossi"_s, QString()}));
}

void TstParticipantFilter::sortFollowsChanges()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    rebuild();
    m_filter->sort(ParticipantTableModel::LastName, Qt::AscendingOrder);

    Participant newcomer = person(u"Élodie"_s, u"Bénard"_s, u"FR"_s, Gender::Female, Category::Academic);
    QVERIFY(m_doc->addParticipant(newcomer).isOk());
    QCOMPARE(visibleLastNames(), (QStringList{u"Álvarez"_s, u"Bénard"_s, u"Diop"_s, u"Dupont"_s, u"Eco"_s,
                                              u"Écrivain"_s, u"Ezra"_s, u"Nguyễn"_s, u"Rossi"_s, QString()}));

    Participant renamed = m_doc->participants().at(m_doc->indexOfParticipant(newcomer.id));
    renamed.lastName = u"Zéphyr"_s;
    QVERIFY(m_doc->updateParticipant(renamed).isOk());
    QCOMPARE(visibleLastNames(), (QStringList{u"Álvarez"_s, u"Diop"_s, u"Dupont"_s, u"Eco"_s, u"Écrivain"_s,
                                              u"Ezra"_s, u"Nguyễn"_s, u"Rossi"_s, u"Zéphyr"_s, QString()}));

    const qint64 dupont = m_doc->participants().constFirst().id;
    QVERIFY(m_doc->removeParticipants({dupont}).isOk());
    QCOMPARE(visibleLastNames(), (QStringList{u"Álvarez"_s, u"Diop"_s, u"Eco"_s, u"Écrivain"_s, u"Ezra"_s,
                                              u"Nguyễn"_s, u"Rossi"_s, u"Zéphyr"_s, QString()}));
}

void TstParticipantFilter::followsModelChanges()
{
    m_filter->setSearchText(u"helene"_s);
    QCOMPARE(m_filter->rowCount(), 1);
    Participant another = person(u"Hélène"_s, u"Martin"_s, u"CH"_s, Gender::Female, Category::Academic);
    QVERIFY(m_doc->addParticipant(another).isOk());
    QCOMPARE(visibleLastNames(), (QStringList{u"Dupont"_s, u"Martin"_s}));
    Participant renamed = another;
    renamed.firstName = u"Anne"_s;
    QVERIFY(m_doc->updateParticipant(renamed).isOk());
    QCOMPARE(visibleLastNames(), QStringList{u"Dupont"_s});
    const qint64 id = m_doc->participants().constFirst().id;
    QVERIFY(m_doc->removeParticipants({id}).isOk());
    QCOMPARE(m_filter->rowCount(), 0);
}

QTEST_GUILESS_MAIN(TstParticipantFilter)
#include "tst_participantfilter.moc"
