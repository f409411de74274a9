// Import planning: every row of a registration spreadsheet becomes one person, a duplicate or a refusal, and
// every problem is shown by spreadsheet row and column before anything is written. No one is lost, no one
// is counted twice.

#include "participantimport.h"
#include "textfold.h"
#include "validation.h"
#include "valuenormalizer.h"

#include <QDate>
#include <QElapsedTimer>
#include <QTest>

using namespace cordee;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(cordee::ImportProblem)
Q_DECLARE_METATYPE(cordee::Participant)

namespace cordee {

// What QCOMPARE prints when plans differ.
char *toString(const ImportProblem &p)
{
    return QTest::toString(
        QStringLiteral("row %1 [%2] %3%4")
            .arg(p.row)
            .arg(p.column, p.message,
                 p.severity == ImportProblem::Severity::Refused ? QStringLiteral(" (refused)") : QString()));
}

char *toString(const QList<ImportProblem> &problems)
{
    QStringList lines;
    for (const ImportProblem &p : problems) {
        char *text = toString(p);
        lines << QString::fromUtf8(text);
        delete[] text;
    }
    return QTest::toString(u'{' + lines.join(QStringLiteral("; ")) + u'}');
}

} // namespace cordee

namespace {

QList<Theme> forumThemes()
{
    const auto theme = [](const QString &key, const QString &title) {
        Theme t;
        t.key = key;
        t.title = title;
        return t;
    };
    return {theme(u"T1"_s, u"Financer l'économie sociale"_s),
            theme(u"T2"_s, u"Travail décent"_s),
            theme(u"T3"_s, u"Climat et transitions"_s),
            theme(u"T4"_s, u"Jeunesse"_s),
            theme(u"T5"_s, u"Numérique"_s),
            theme(u"T6"_s, u"Santé"_s)};
}

QList<TimeSlot> forumSlots()
{
    const auto slot = [](const QString &key, SlotKind kind) {
        TimeSlot s;
        s.key = key;
        s.kind = kind;
        return s;
    };
    return {slot(u"D1-OPEN"_s, SlotKind::Conference), slot(u"D1-W1"_s, SlotKind::Workshops),
            slot(u"D1-W2"_s, SlotKind::Workshops), slot(u"D2-W1"_s, SlotKind::Workshops),
            slot(u"D2-RT"_s, SlotKind::RoundTable)};
}

TextTable makeTable(const QStringList &header, const QList<QStringList> &rows, const QList<int> &numbers = {})
{
    TextTable table;
    table.header = header;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QStringList row = rows.at(i);
        while (row.size() < header.size())
            row << QString();
        table.rows << row.mid(0, header.size());
        table.rowNumbers << (numbers.isEmpty() ? int(i) + 2 : numbers.at(i));
    }
    return table;
}

ImportPlan planFor(const TextTable &table, const QList<Participant> &existing = {})
{
    return planParticipantImport(table, ColumnMapping::guess(table.header), existing, forumThemes(),
                                 forumSlots());
}

ImportPlan planFor(const QStringList &header, const QList<QStringList> &rows,
                   const QList<Participant> &existing = {})
{
    return planFor(makeTable(header, rows), existing);
}

Participant person(const QString &first, const QString &last, const QString &email = {},
                   const QString &organisation = {}, qint64 id = 0)
{
    Participant p;
    p.id = id;
    p.firstName = first;
    p.lastName = last;
    p.email = email;
    p.organisation = organisation;
    return p;
}

/// A field of a participant as text, the way the tables below expect it.
QString fieldValue(const Participant &p, ImportField field)
{
    switch (field) {
    case ImportField::Email:
        return p.email;
    case ImportField::Organisation:
        return p.organisation;
    case ImportField::Country:
        return p.country;
    case ImportField::Gender:
        return vocab::key(p.gender);
    case ImportField::AgeBand:
        return vocab::key(p.ageBand);
    case ImportField::Category:
        return vocab::key(p.category);
    case ImportField::Languages:
        return p.languages.join(u' ');
    case ImportField::Preference1:
    case ImportField::Preference2:
    case ImportField::Preference3:
    case ImportField::Preference4:
    case ImportField::Preference5:
        return p.preferences.join(u' ');
    case ImportField::Roles:
        return vocab::rolesToKeys(p.roles);
    case ImportField::Availability:
        return p.unavailableSlots.join(u' ');
    case ImportField::Status:
        return vocab::key(p.status);
    case ImportField::Notes:
        return p.notes;
    default:
        return p.displayName();
    }
}

QString describe(const QList<ImportProblem> &problems)
{
    QStringList lines;
    for (const ImportProblem &p : problems)
        lines << u"row %1 [%2] %3%4"_s.arg(p.row).arg(
            p.column, p.message,
            p.severity == ImportProblem::Severity::Refused ? u" (refused)"_s : QString());
    return lines.join(u"; "_s);
}

ImportProblem warning(int row, const QString &column, const QString &message)
{
    return ImportProblem{row, column, message, ImportProblem::Severity::Warning};
}

/// The band of someone born in `year`, computed apart from the code under test.
QString bandOfBirthYear(int year)
{
    const int age = QDate::currentDate().year() - year;
    if (age < 25)
        return u"under_25"_s;
    if (age < 35)
        return u"25_34"_s;
    if (age < 50)
        return u"35_49"_s;
    if (age < 65)
        return u"50_64"_s;
    return u"65_plus"_s;
}

void checkAllValid(const ImportPlan &plan)
{
    QStringList themeKeys, slotKeys;
    for (const Theme &t : forumThemes())
        themeKeys << t.key;
    for (const TimeSlot &s : forumSlots())
        slotKeys << s.key;
    for (const QList<Participant> *list : {&plan.toInsert, &plan.toUpdate})
        for (const Participant &p : *list)
            QVERIFY2(validateParticipant(p, themeKeys, slotKeys).isEmpty(), qPrintable(p.displayName()));
}

} // namespace

class TstParticipantImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalisedValues_data();
    void normalisedValues();
    void unknownValues_data();
    void unknownValues();
    void wholeRowIsRead();
    void refusedRow();
    void emptyRowsAreSkipped();
    void oneNameIsEnough();
    void duplicateEmailInFile_data();
    void duplicateEmailInFile();
    void duplicateOfExisting_data();
    void duplicateOfExisting();
    void differentEmailsAreDifferentPeople();
    void emailMatchWinsOverNameMatch();
    void erasedPeopleAreNotMatched();
    void completesExisting();
    void completionsMerge();
    void presentValuesAreKept();
    void completesEarlierRow();
    void counts();
    void preferences_data();
    void preferences();
    void readerProblemsCarriedOver();
    void rowNumbersPreserved();
    void problemsSorted();
    void raggedRowsAndMappings();
    void foldIsFoldForSearch();
    void largeImport();
};

void TstParticipantImport::normalisedValues_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("expected");

    const auto rows = [](const QString &header, const QStringList &cells, const QString &expected) {
        for (const QString &cell : cells)
            QTest::addRow("%s: \"%s\"", qPrintable(header), qPrintable(cell)) << header << cell << expected;
    };
    rows(u"gender"_s,
         {u"F"_s, u"Female"_s, u"woman"_s, u"W"_s, u"Femme"_s, u"Féminin"_s, u"Femenino"_s, u"Mujer"_s,
          u"Mme"_s, u"Madame"_s},
         u"F"_s);
    rows(u"gender"_s,
         {u"M"_s, u"male"_s, u"Man"_s, u"H"_s, u"Homme"_s, u"Masculino"_s, u"Hombre"_s, u"Varón"_s, u"M."_s,
          u"Monsieur"_s, u"Sr"_s},
         u"M"_s);
    rows(u"gender"_s,
         {u"X"_s, u"Other"_s, u"Autre"_s, u"Otro"_s, u"Non-binary"_s, u"Non binaire"_s, u"No binario"_s},
         u"X"_s);
    rows(u"gender"_s,
         {QString(), u"-"_s, u"Not stated"_s, u"Non renseigné"_s, u"Prefer not to say"_s,
          u"Ne souhaite pas répondre"_s, u"Prefiero no decirlo"_s, u"NS"_s, u"N/A"_s, u"not_stated"_s},
         u"not_stated"_s);

    rows(u"age_band"_s,
         {u"<25"_s, u"under 25"_s, u"Under 25"_s, u"moins de 25 ans"_s, u"menos de 25 años"_s, u"18-24"_s,
          u"18 – 24"_s, u"19"_s, u"under_25"_s},
         u"under_25"_s);
    rows(u"age_band"_s, {u"25-34"_s, u"25–34"_s, u"25 à 34 ans"_s, u"25_34"_s, u"30"_s}, u"25_34"_s);
    rows(u"age_band"_s, {u"35-49"_s, u"42"_s, u"42 ans"_s}, u"35_49"_s);
    rows(u"age_band"_s, {u"50-64"_s, u"64"_s}, u"50_64"_s);
    rows(u"age_band"_s,
         {u"65+"_s, u"65 and over"_s, u"plus de 65 ans"_s, u"65 y más"_s, u"65_plus"_s, u"70"_s},
         u"65_plus"_s);
    rows(u"age_band"_s, {QString(), u"-"_s, u"N/A"_s, u"Non renseigné"_s}, QString());
    const int year = QDate::currentDate().year();
    rows(u"age_band"_s, {QString::number(year - 30)}, bandOfBirthYear(year - 30));
    rows(u"age_band"_s, {QString::number(year - 70)}, bandOfBirthYear(year - 70));
    rows(u"age_band"_s, {u"1990-05-17"_s, u"17/05/1990"_s}, bandOfBirthYear(1990));

    rows(u"category"_s,
         {u"SSE entrepreneur"_s, u"Entrepreneur de l'ESS"_s, u"Emprendedor de la ESS"_s, u"Entrepreneur"_s,
          u"Social entrepreneur"_s, u"sse_entrepreneur"_s},
         u"sse_entrepreneur"_s);
    rows(u"category"_s, {u"Union official"_s, u"syndicaliste"_s, u"Sindicalista"_s}, u"union_official"_s);
    rows(u"category"_s,
         {u"International organisation"_s, u"Organisation internationale"_s, u"Organización internacional"_s,
          u"IO"_s, u"OI"_s},
         u"international_organisation"_s);
    rows(u"category"_s, {u"Practitioner"_s, u"Praticien"_s, u"Acteur de terrain"_s, u"Profesional"_s},
         u"practitioner"_s);
    rows(u"category"_s,
         {u"Academic"_s, u"Universitaire"_s, u"Chercheur"_s, u"Researcher"_s, u"Académico"_s,
          u"Investigador"_s},
         u"academic"_s);
    rows(u"category"_s,
         {u"Public authority"_s, u"Collectivité"_s, u"Autorité publique"_s, u"Élu"_s, u"Administration"_s,
          u"Autoridad pública"_s},
         u"public_authority"_s);
    rows(u"category"_s, {u"Other"_s, u"Autre"_s, u"Otro"_s}, u"other"_s);
    rows(u"category"_s, {QString(), u"N/A"_s}, QString());

    rows(u"status"_s, {QString(), u"Registered"_s, u"inscrit"_s, u"Inscrito"_s}, u"registered"_s);
    rows(u"status"_s, {u"Present"_s, u"Présent"_s, u"presente"_s}, u"present"_s);
    rows(u"status"_s, {u"Cancelled"_s, u"canceled"_s, u"Annulé"_s, u"Cancelado"_s}, u"cancelled"_s);

    rows(u"roles"_s, {QString(), u"participant"_s, u"Participante"_s}, u"participant"_s);
    rows(u"roles"_s, {u"facilitator"_s, u"Animateur"_s, u"animatrice"_s, u"Facilitador"_s}, u"facilitator"_s);
    rows(u"roles"_s, {u"Rapporteur"_s, u"rapporteuse"_s, u"Relator"_s, u"relatora"_s}, u"rapporteur"_s);
    rows(u"roles"_s, {u"Speaker"_s, u"Intervenant"_s, u"intervenante"_s, u"Orateur"_s, u"Ponente"_s},
         u"speaker"_s);
    rows(u"roles"_s,
         {u"Guest of honour"_s, u"invité d'honneur"_s, u"Invitado de honor"_s, u"guest_of_honour"_s},
         u"guest_of_honour"_s);
    rows(u"roles"_s, {u"Organizer"_s, u"organisateur"_s, u"Organisatrice"_s, u"Organizador"_s},
         u"organizer"_s);
    rows(u"roles"_s, {u"Participant, Rapporteur"_s, u"participant rapporteur"_s, u"Rapporteur/participant"_s},
         u"participant rapporteur"_s);
    rows(u"roles"_s,
         {u"Speaker; Guest of honour"_s, u"invité d'honneur | intervenant"_s, u"guest of honour speaker"_s},
         u"speaker guest_of_honour"_s);
    rows(u"roles"_s, {u"Animateur et rapporteur"_s, u"Facilitator and rapporteur"_s},
         u"facilitator rapporteur"_s);

    rows(u"languages"_s, {u"fr"_s, u"FR"_s, u"fra"_s, u"fre"_s, u"French"_s, u"Français"_s, u"francés"_s},
         u"fr"_s);
    rows(u"languages"_s,
         {u"FR, EN"_s, u"fr en"_s, u"fr/en"_s, u"Français, Anglais"_s, u"français et anglais"_s,
          u"Francés e inglés"_s, u"French (fluent), English (basic)"_s, u"fr;en;fr"_s},
         u"fr en"_s);
    rows(u"languages"_s, {u"es|pt"_s, u"spa, por"_s, u"Español y portugués"_s, u"castellano; Portugais"_s},
         u"es pt"_s);
    rows(u"languages"_s, {u"Deutsch"_s, u"allemand"_s, u"Alemán"_s, u"deu"_s}, u"de"_s);
    rows(u"languages"_s, {u"Wolof"_s}, u"wo"_s);
    rows(u"languages"_s, {u"Swahili"_s, u"kiswahili"_s}, u"sw"_s);
    rows(u"languages"_s, {u"Quechua"_s}, u"qu"_s);
    rows(u"languages"_s, {u"arabe"_s, u"Árabe"_s, u"Arabic"_s, u"العربية"_s}, u"ar"_s);
    rows(u"languages"_s, {u"Русский"_s, u"russe"_s}, u"ru"_s);
    rows(u"languages"_s, {u"Vietnamien"_s, u"vietnamita"_s, u"Vietnamese"_s}, u"vi"_s);
    rows(u"languages"_s, {u"pt-BR"_s, u"pt_BR"_s}, u"pt"_s);
    rows(u"languages"_s, {u"Haitian Creole"_s, u"créole haïtien"_s}, u"ht"_s);
    rows(u"languages"_s, {u"Norwegian"_s, u"no"_s}, u"nb"_s);
    rows(u"languages"_s, {u"et"_s, u"Estonian"_s}, u"et"_s);
    rows(u"languages"_s, {QString()}, QString());

    rows(u"country"_s, {u"France"_s, u"FR"_s, u"fr"_s, u"FRA"_s}, u"FR"_s);
    rows(u"country"_s, {u"Sénégal"_s, u"senegal"_s, u"SENEGAL"_s, u"Sénégal (Dakar)"_s}, u"SN"_s);
    rows(u"country"_s, {u"Espagne"_s, u"España"_s, u"Spain"_s}, u"ES"_s);
    rows(u"country"_s, {u"Allemagne"_s, u"Alemania"_s, u"Germany"_s}, u"DE"_s);
    rows(u"country"_s, {QString()}, QString());

    rows(u"email"_s, {u"ana@example.org"_s, u"  ana@example.org "_s, u"mailto:ana@example.org"_s},
         u"ana@example.org"_s);
    rows(u"email"_s, {u"Ana.Lima@Example.ORG"_s}, u"Ana.Lima@Example.ORG"_s);

    rows(u"availability"_s, {QString(), u"all"_s, u"Tous"_s, u"todos"_s, u"D1-W1 D1-W2 D2-W1"_s}, QString());
    rows(u"availability"_s, {u"D1-W1"_s, u"d1-w1"_s, u"D1-W1, D1-OPEN"_s}, u"D1-W2 D2-W1"_s);
    rows(u"availability"_s, {u"d1-w1, D2-W1"_s, u"D1-W1;D2-W1"_s, u"D2-W1 | D1-W1"_s}, u"D1-W2"_s);
    rows(u"availability"_s, {u"D1-OPEN"_s, u"D2-RT"_s}, u"D1-W1 D1-W2 D2-W1"_s);

    rows(u"preference_1"_s,
         {u"T2"_s, u"t2"_s, u"Travail décent"_s, u"TRAVAIL DECENT"_s, u" travail  décent "_s}, u"T2"_s);
    rows(u"preference_1"_s,
         {u"T1; T3"_s, u"t1|Climat et transitions"_s, u"Financer l'économie sociale ; T3"_s}, u"T1 T3"_s);
    rows(u"notes"_s, {u"  Arrive le 2  "_s}, u"Arrive le 2"_s);
}

void TstParticipantImport::normalisedValues()
{
    QFETCH(QString, header);
    QFETCH(QString, cell);
    QFETCH(QString, expected);
    const ImportPlan plan = planFor({u"first_name"_s, header}, {{u"Ana"_s, cell}});
    QVERIFY2(plan.problems.isEmpty(), qPrintable(describe(plan.problems)));
    QCOMPARE(plan.toInsert.size(), 1);
    QCOMPARE(fieldValue(plan.toInsert.at(0), *importfield::fromKey(header)), expected);
    checkAllValid(plan);
}

void TstParticipantImport::unknownValues_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("expected");

    QTest::newRow("e-mail") << u"Courriel"_s << u"jean.dupont@"_s
                            << u"\"jean.dupont@\" is not an e-mail address; the e-mail is left empty"_s
                            << QString();
    QTest::newRow("e-mail with a space") << u"Email"_s << u"jean dupont@example.org"_s
                                         << u"\"jean dupont@example.org\" is not an e-mail address; the "
                                            "e-mail is left empty"_s
                                         << QString();
    QTest::newRow("country") << u"Pays"_s << u"Atlantis"_s
                             << u"unknown country \"Atlantis\"; the country is left empty"_s << QString();
    QTest::newRow("gender") << u"Sexe"_s << u"Peut-être"_s
                            << u"unknown gender \"Peut-être\"; the gender is left empty"_s << u"not_stated"_s;
    QTest::newRow("age word") << u"Edad"_s << u"old"_s
                              << u"\"old\" is not an age or an age band; the age band is left empty"_s
                              << QString();
    QTest::newRow("age range across bands")
        << u"Age"_s << u"30-40"_s << u"\"30-40\" is not an age or an age band; the age band is left empty"_s
        << QString();
    QTest::newRow("birth year in the future")
        << u"Age"_s << u"2999"_s << u"\"2999\" is not an age or an age band; the age band is left empty"_s
        << QString();
    QTest::newRow("category") << u"Catégorie"_s << u"Astronaute"_s
                              << u"unknown category \"Astronaute\"; the category is left empty"_s
                              << QString();
    QTest::newRow("status") << u"Statut"_s << u"en attente"_s
                            << u"unknown status \"en attente\"; the person is counted as registered"_s
                            << u"registered"_s;
    QTest::newRow("role alone") << u"Rôle(s)"_s << u"jongleur"_s
                                << u"unknown role \"jongleur\"; it is left out"_s << u"participant"_s;
    QTest::newRow("role among others") << u"Roles"_s << u"Speaker, juggler"_s
                                       << u"unknown role \"juggler\"; it is left out"_s << u"speaker"_s;
    QTest::newRow("language alone") << u"Langues"_s << u"Klingon"_s
                                    << u"unknown language \"Klingon\"; it is left out"_s << QString();
    QTest::newRow("language among others") << u"Idiomas"_s << u"Francés, Klingon"_s
                                           << u"unknown language \"Klingon\"; it is left out"_s << u"fr"_s;
    QTest::newRow("theme index is not a theme")
        << u"Choix 1"_s << u"1"_s << u"unknown theme \"1\"; this preference is left empty"_s << QString();
    QTest::newRow("theme") << u"Preferencia 1"_s << u"T9"_s
                           << u"unknown theme \"T9\"; this preference is left empty"_s << QString();
    QTest::newRow("slot") << u"Disponibilités"_s << u"D3-W9"_s
                          << u"unknown time slot \"D3-W9\"; the availability is left empty (every slot)"_s
                          << QString();
    QTest::newRow("slot among known ones")
        << u"Availability"_s << u"D1-W1, D9"_s
        << u"unknown time slot \"D9\"; the availability is left empty (every slot)"_s << QString();
}

void TstParticipantImport::unknownValues()
{
    QFETCH(QString, header);
    QFETCH(QString, cell);
    QFETCH(QString, message);
    QFETCH(QString, expected);
    const ImportPlan plan = planFor({u"Prénom"_s, header}, {{u"Ana"_s, cell}});
    QCOMPARE(plan.problems, QList<ImportProblem>{warning(2, header, message)});
    QCOMPARE(plan.toInsert.size(), 1); // a bad value never costs the person
    QCOMPARE(plan.imported, 1);
    const ImportField field = ColumnMapping::guess({u"Prénom"_s, header}).field(1);
    QVERIFY(field != ImportField::Ignore);
    QCOMPARE(fieldValue(plan.toInsert.at(0), field), expected);
    checkAllValid(plan);
}

void TstParticipantImport::wholeRowIsRead()
{
    const QStringList header{u"Prénom"_s,  u"Nom"_s,  u"Courriel"_s,      u"Structure"_s, u"Pays"_s,
                             u"Sexe"_s,    u"Âge"_s,  u"Profil"_s,        u"Langues"_s,   u"Choix 1"_s,
                             u"Choix 2"_s, u"Rôle"_s, u"Disponibilité"_s, u"Statut"_s,    u"Remarques"_s};
    const ImportPlan plan = planFor(
        header, {{u" Hélène "_s, u"Dupont"_s, u"helene@elan.example"_s, u"Coopérative  Élan"_s, u"France"_s,
                  u"Femme"_s, u"50-64"_s, u"Universitaire"_s, u"français, anglais"_s, u"Travail décent"_s,
                  u"t4"_s, u"Rapporteuse"_s, u"D1-W1, D2-W1"_s, u"Présente"_s, u"Arrive le 2"_s}});
    QVERIFY2(plan.problems.isEmpty(), qPrintable(describe(plan.problems)));
    QCOMPARE(plan.toInsert.size(), 1);
    Participant expected;
    expected.firstName = u"Hélène"_s;
    expected.lastName = u"Dupont"_s;
    expected.email = u"helene@elan.example"_s;
    expected.organisation = u"Coopérative Élan"_s;
    expected.country = u"FR"_s;
    expected.gender = Gender::Female;
    expected.ageBand = AgeBand::From50To64;
    expected.category = Category::Academic;
    expected.languages = {u"fr"_s, u"en"_s};
    expected.preferences = {u"T2"_s, u"T4"_s};
    expected.unavailableSlots = {u"D1-W2"_s};
    expected.roles = Roles{Role::Rapporteur};
    expected.status = ParticipantStatus::Present;
    expected.notes = u"Arrive le 2"_s;
    QCOMPARE(plan.toInsert.at(0), expected);
    QCOMPARE(plan.toInsert.at(0).id, qint64(0));
}

void TstParticipantImport::refusedRow()
{
    const QStringList header{u"Prénom"_s, u"Nom"_s, u"Courriel"_s, u"Pays"_s};
    const ImportPlan plan = planFor(header, {{u"Ana"_s, u"Lima"_s, u"ana@example.org"_s, u"Brésil"_s},
                                             {QString(), u"  "_s, u"jean.dupont@"_s, u"Atlantis"_s},
                                             {u"Chen"_s, QString(), QString(), QString()}});
    // Only the refusal is shown for a refused row: its bad e-mail and country do not matter any more.
    const ImportProblem refusal{3, QString(), u"neither a first nor a last name: the row is not imported"_s,
                                ImportProblem::Severity::Refused};
    QCOMPARE(plan.problems, QList<ImportProblem>{refusal});
    QCOMPARE(plan.refused, 1);
    QCOMPARE(plan.imported, 2);
    QCOMPARE(plan.toInsert.size(), 2);
    QCOMPARE(plan.duplicates, 0);
    QVERIFY(plan.hasProblems());
}

void TstParticipantImport::emptyRowsAreSkipped()
{
    const QStringList header{u"Prénom"_s, u"Nom"_s, u"Notes"_s, u"Autre"_s};
    const ImportPlan plan = planFor(header, {{QString(), QString(), QString(), QString()},
                                             {u"Ana"_s, u"Lima"_s},
                                             {u" "_s, u"\t"_s, u"  "_s, QString()}});
    QVERIFY2(plan.problems.isEmpty(), qPrintable(describe(plan.problems)));
    QCOMPARE(plan.refused, 0);
    QCOMPARE(plan.imported, 1);

    // A row with something only in an ignored column is not empty: it is refused, and said so.
    const ImportPlan withData = planFor(header, {{QString(), QString(), QString(), u"x"_s}});
    QCOMPARE(withData.refused, 1);
    QCOMPARE(withData.problems.size(), 1);
}

void TstParticipantImport::oneNameIsEnough()
{
    const ImportPlan plan =
        planFor({u"first_name"_s, u"last_name"_s}, {{u"Ana"_s, QString()}, {QString(), u"Okonkwo"_s}});
    QVERIFY(plan.problems.isEmpty());
    QCOMPARE(plan.imported, 2);
    QCOMPARE(plan.toInsert.at(0).displayName(), u"Ana"_s);
    QCOMPARE(plan.toInsert.at(1).displayName(), u"Okonkwo"_s);
}

void TstParticipantImport::duplicateEmailInFile_data()
{
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QString>("message");

    QTest::newRow("same e-mail, other case")
        << QList<QStringList>{{u"Ana"_s, u"Lima"_s, u"ana@example.org"_s, QString()},
                              {u"ANA"_s, u"lima"_s, u"ANA@Example.ORG"_s, QString()}}
        << u"same e-mail as row 2: counted as a duplicate"_s;
    QTest::newRow("shared e-mail, other names")
        << QList<QStringList>{{u"Ana"_s, u"Lima"_s, u"contact@coop.example"_s, QString()},
                              {u"Jean"_s, u"Dupont"_s, u"Contact@coop.example"_s, QString()}}
        << u"same e-mail as row 2 (Ana Lima): counted as a duplicate"_s;
    QTest::newRow("same names and organisation, accents and case")
        << QList<QStringList>{{u"Hélène"_s, u"Dupont"_s, QString(), u"Coopérative Élan"_s},
                              {u"HELENE"_s, u"dupont"_s, QString(), u"cooperative elan"_s}}
        << u"same name and organisation as row 2: counted as a duplicate"_s;
    QTest::newRow("names match, the later row has an e-mail")
        << QList<QStringList>{{u"Hélène"_s, u"Dupont"_s, QString(), u"Élan"_s},
                              {u"Helene"_s, u"Dupont"_s, u"h@elan.example"_s, u"Elan"_s}}
        << u"same name and organisation as row 2: counted as a duplicate, 1 missing value completed"_s;
    QTest::newRow("names match, the earlier row has an e-mail")
        << QList<QStringList>{{u"Hélène"_s, u"Dupont"_s, u"h@elan.example"_s, u"Élan"_s},
                              {u"Helene"_s, u"Dupont"_s, QString(), u"Elan"_s}}
        << u"same name and organisation as row 2: counted as a duplicate"_s;
}

void TstParticipantImport::duplicateEmailInFile()
{
    QFETCH(QList<QStringList>, rows);
    QFETCH(QString, message);
    const QStringList header{u"first_name"_s, u"last_name"_s, u"email"_s, u"organization"_s};
    const ImportPlan plan = planFor(header, rows);
    QCOMPARE(plan.problems, QList<ImportProblem>{warning(3, QString(), message)});
    QCOMPARE(plan.imported, 1);
    QCOMPARE(plan.duplicates, 1);
    QCOMPARE(plan.toInsert.at(0).firstName, rows.at(0).at(0)); // the first row is the one kept
    QCOMPARE(plan.toInsert.at(0).email.isEmpty(), rows.at(0).at(2).isEmpty() && rows.at(1).at(2).isEmpty());
}

void TstParticipantImport::duplicateOfExisting_data()
{
    QTest::addColumn<Participant>("existing");
    QTest::addColumn<QStringList>("row");

    QTest::newRow("e-mail, other case")
        << person(u"Hélène"_s, u"Dupont"_s, u"helene.dupont@elan.example"_s, u"Élan"_s, 7)
        << QStringList{u"H."_s, u"Dupont-Martin"_s, u"Helene.Dupont@ELAN.example"_s, QString()};
    QTest::newRow("names and organisation without e-mail")
        << person(u"Hélène"_s, u"Dupont"_s, QString(), u"Coopérative Élan"_s, 7)
        << QStringList{u"helene"_s, u"DUPONT"_s, QString(), u"Cooperative  Elan"_s};
    QTest::newRow("the row has no e-mail, the person has one")
        << person(u"Hélène"_s, u"Dupont"_s, u"helene.dupont@elan.example"_s, u"Élan"_s, 7)
        << QStringList{u"Hélène"_s, u"Dupont"_s, QString(), u"élan"_s};
    Participant cancelled = person(u"Hélène"_s, u"Dupont"_s, u"helene.dupont@elan.example"_s, u"Élan"_s, 7);
    cancelled.status = ParticipantStatus::Cancelled;
    QTest::newRow("cancelled people count too")
        << cancelled << QStringList{u"Hélène"_s, u"Dupont"_s, u"helene.dupont@elan.example"_s, QString()};
}

void TstParticipantImport::duplicateOfExisting()
{
    QFETCH(Participant, existing);
    QFETCH(QStringList, row);
    const QStringList header{u"first_name"_s, u"last_name"_s, u"email"_s, u"organization"_s};
    const ImportPlan plan = planFor(header, {row}, {person(u"Ana"_s, u"Lima"_s, {}, {}, 3), existing});
    QCOMPARE(plan.problems,
             QList<ImportProblem>{
                 warning(2, QString(), u"already in the forum (Hélène Dupont): counted as a duplicate"_s)});
    QCOMPARE(plan.duplicates, 1);
    QCOMPARE(plan.imported, 0);
    QCOMPARE(plan.updated, 0);
    QVERIFY(plan.toUpdate.isEmpty());
    QVERIFY(plan.updatedBefore.isEmpty());
}

void TstParticipantImport::differentEmailsAreDifferentPeople()
{
    const QStringList header{u"first_name"_s, u"last_name"_s, u"email"_s};
    const ImportPlan plan = planFor(
        header, {{u"Ana"_s, u"Lima"_s, u"ana@one.example"_s}, {u"Ana"_s, u"Lima"_s, u"ana@two.example"_s}},
        {person(u"Ana"_s, u"Lima"_s, u"ana@three.example"_s, {}, 1)});
    QVERIFY2(plan.problems.isEmpty(), qPrintable(describe(plan.problems)));
    QCOMPARE(plan.imported, 2);
    QCOMPARE(plan.duplicates, 0);
}

void TstParticipantImport::emailMatchWinsOverNameMatch()
{
    // Row 3 is Mei Chen of the forum by name, but has row 2's address: it must not give Mei that address.
    const QStringList header{u"first_name"_s, u"last_name"_s, u"email"_s, u"organization"_s};
    const ImportPlan plan = planFor(header,
                                    {{u"Li"_s, u"Wang"_s, u"team@coop.example"_s, u"Coop"_s},
                                     {u"Mei"_s, u"Chen"_s, u"team@coop.example"_s, u"Coop"_s}},
                                    {person(u"Mei"_s, u"Chen"_s, QString(), u"Coop"_s, 9)});
    QCOMPARE(plan.problems, QList<ImportProblem>{warning(
                                3, QString(), u"same e-mail as row 2 (Li Wang): counted as a duplicate"_s)});
    QVERIFY(plan.toUpdate.isEmpty());
    QCOMPARE(plan.imported, 1);
    QCOMPARE(plan.duplicates, 1);
}

void TstParticipantImport::erasedPeopleAreNotMatched()
{
    Participant erased = person(u"Ana"_s, u"Lima"_s, u"ana@example.org"_s, {}, 1);
    erased.erased = true;
    const ImportPlan plan = planFor({u"first_name"_s, u"last_name"_s, u"email"_s, u"country"_s},
                                    {{u"Ana"_s, u"Lima"_s, u"ana@example.org"_s, u"Brazil"_s}}, {erased});
    QCOMPARE(plan.imported, 1);
    QCOMPARE(plan.duplicates, 0);
    QVERIFY(plan.toUpdate.isEmpty());
}

void TstParticipantImport::completesExisting()
{
    Participant before = person(u"Hélène"_s, u"Dupont"_s, QString(), u"Coopérative Élan"_s, 42);
    before.gender = Gender::Female;
    before.notes = u"végétarienne"_s;
    const QStringList header{u"Prénom"_s,  u"Nom"_s,     u"Structure"_s,     u"Courriel"_s,
                             u"Pays"_s,    u"Sexe"_s,    u"Age"_s,           u"Catégorie"_s,
                             u"Langues"_s, u"Choix 1"_s, u"Disponibilité"_s, u"Remarques"_s};
    const ImportPlan plan =
        planFor(header,
                {{u"Helene"_s, u"Dupont"_s, u"Cooperative Elan"_s, u"h.dupont@elan.example"_s, u"France"_s,
                  u"Homme"_s, u"42"_s, u"Chercheuse"_s, u"fr"_s, u"T1"_s, u"D1-W1"_s, u"autre remarque"_s}},
                {before});
    QCOMPARE(plan.problems,
             QList<ImportProblem>{warning(2, QString(),
                                          u"already in the forum (Hélène Dupont): counted as a duplicate, 7 "
                                          "missing values completed"_s)});
    QCOMPARE(plan.duplicates, 1);
    QCOMPARE(plan.updated, 1);
    QCOMPARE(plan.imported, 0);
    QCOMPARE(plan.updatedBefore, QList<Participant>{before});
    Participant after = before;
    after.email = u"h.dupont@elan.example"_s;
    after.country = u"FR"_s;
    after.ageBand = AgeBand::From35To49;
    after.category = Category::Academic;
    after.languages = {u"fr"_s};
    after.preferences = {u"T1"_s};
    after.unavailableSlots = {u"D1-W2"_s, u"D2-W1"_s};
    // gender and notes were there: the file does not overwrite them
    QCOMPARE(plan.toUpdate, QList<Participant>{after});
    checkAllValid(plan);
}

void TstParticipantImport::completionsMerge()
{
    const Participant before = person(u"Ana"_s, u"Lima"_s, u"ana@example.org"_s, {}, 5);
    const QStringList header{u"first_name"_s, u"last_name"_s, u"email"_s, u"country"_s, u"gender"_s};
    const ImportPlan plan = planFor(header,
                                    {{u"Ana"_s, u"Lima"_s, u"ana@example.org"_s, u"Brasil"_s, QString()},
                                     {u"Ana"_s, u"Lima"_s, u"ANA@example.org"_s, u"Portugal"_s, u"F"_s},
                                     {u"Ana"_s, u"Lima"_s, u"ana@example.org"_s, QString(), QString()}},
                                    {before});
    QCOMPARE(
        plan.problems,
        (QList<ImportProblem>{
            warning(2, QString(),
                    u"already in the forum (Ana Lima): counted as a duplicate, 1 missing value completed"_s),
            warning(3, QString(),
                    u"already in the forum (Ana Lima): counted as a duplicate, 1 missing value completed"_s),
            warning(4, QString(), u"already in the forum (Ana Lima): counted as a duplicate"_s)}));
    QCOMPARE(plan.duplicates, 3);
    QCOMPARE(plan.updated, 1);
    QCOMPARE(plan.toUpdate.size(), 1);
    QCOMPARE(plan.updatedBefore, QList<Participant>{before});
    QCOMPARE(plan.toUpdate.at(0).id, qint64(5));
    QCOMPARE(plan.toUpdate.at(0).country, u"BR"_s); // the first value given wins
    QCOMPARE(plan.toUpdate.at(0).gender, Gender::Female);
}

void TstParticipantImport::presentValuesAreKept()
{
    Participant before = person(u"Ana"_s, u"Lima"_s, u"ana@example.org"_s, u"Unisol"_s, 5);
    before.country = u"BR"_s;
    before.languages = {u"pt"_s};
    const ImportPlan plan = planFor(
        {u"first_name"_s, u"last_name"_s, u"email"_s, u"country"_s, u"languages"_s, u"organization"_s},
        {{u"Ana"_s, u"Lima"_s, u"ana@example.org"_s, u"France"_s, u"fr"_s, u"Autre"_s}}, {before});
    QCOMPARE(plan.duplicates, 1);
    QCOMPARE(plan.updated, 0);
    QVERIFY(plan.toUpdate.isEmpty());
}

void TstParticipantImport::completesEarlierRow()
{
    const QStringList header{u"first_name"_s, u"last_name"_s, u"email"_s, u"country"_s, u"languages"_s};
    const ImportPlan plan =
        planFor(header, {{u"Ana"_s, u"Lima"_s, u"ana@example.org"_s, QString(), QString()},
                         {u"Ana"_s, u"Lima"_s, u"ana@example.org"_s, u"Brasil"_s, QString()},
                         {u"Ana"_s, u"Lima"_s, u"ana@example.org"_s, u"Chile"_s, u"pt es"_s}});
    QCOMPARE(plan.problems,
             (QList<ImportProblem>{
                 warning(3, QString(),
                         u"same e-mail as row 2: counted as a duplicate, 1 missing value completed"_s),
                 warning(4, QString(),
                         u"same e-mail as row 2: counted as a duplicate, 1 missing value completed"_s)}));
    QCOMPARE(plan.imported, 1);
    QCOMPARE(plan.duplicates, 2);
    QCOMPARE(plan.updated, 0);
    QCOMPARE(plan.toInsert.at(0).country, u"BR"_s);
    QCOMPARE(plan.toInsert.at(0).languages, QStringList({u"pt"_s, u"es"_s}));
}

void TstParticipantImport::counts()
{
    const QList<Participant> existing{
        person(u"Ana"_s, u"Lima"_s, u"ana@example.org"_s, {}, 1),
        person(u"Kofi"_s, u"Mensah"_s, u"kofi@example.org"_s, u"Ghana Coop"_s, 2)};
    const QStringList header{u"first_name"_s, u"last_name"_s, u"email"_s, u"country"_s};
    const ImportPlan plan =
        planFor(header,
                {{u"Ana"_s, u"Lima"_s, u"ana@example.org"_s, u"Brasil"_s},   // completes 1
                 {u"Kofi"_s, u"Mensah"_s, u"KOFI@example.org"_s, QString()}, // duplicate
                 {u"Lucía"_s, u"Pérez"_s, u"lucia@example.org"_s, u"Chile"_s},
                 {u"Lucia"_s, u"Perez"_s, u"lucia@example.org"_s, QString()}, // dup of row 4
                 {QString(), QString(), u"who@example.org"_s, QString()},     // refused
                 {QString(), QString(), QString(), QString()},                // skipped
                 {u"Mei"_s, u"Chen"_s, QString(), u"Atlantis"_s}},            // warning
                existing);
    QCOMPARE(plan.imported, 2);
    QCOMPARE(plan.toInsert.size(), 2);
    QCOMPARE(plan.updated, 1);
    QCOMPARE(plan.duplicates, 3);
    QCOMPARE(plan.refused, 1);
    QCOMPARE(plan.problems.size(), 5);
    // every non-empty row is accounted for exactly once
    QCOMPARE(plan.imported + plan.duplicates + plan.refused, 6);
    checkAllValid(plan);
}

void TstParticipantImport::preferences_data()
{
    QTest::addColumn<QStringList>("cells"); // preference_1 … preference_5
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QList<ImportProblem>>("problems");

    QTest::newRow("keys and titles") << QStringList{u"T1"_s, u"travail decent"_s, u"JEUNESSE"_s, u"t6"_s,
                                                    u"Numérique"_s}
                                     << QStringList{u"T1"_s, u"T2"_s, u"T4"_s, u"T6"_s, u"T5"_s}
                                     << QList<ImportProblem>{};
    QTest::newRow("gaps close up") << QStringList{QString(), u"T2"_s, QString(), u"T3"_s, QString()}
                                   << QStringList{u"T2"_s, u"T3"_s} << QList<ImportProblem>{};
    QTest::newRow("ranked twice")
        << QStringList{u"T1"_s, u"t1"_s, u"T2"_s, QString(), QString()} << QStringList{u"T1"_s, u"T2"_s}
        << QList<ImportProblem>{warning(
               2, u"preference_2"_s, u"the theme \"t1\" is already ranked; this preference is left empty"_s)};
    QTest::newRow("unknown in the middle")
        << QStringList{u"T1"_s, u"2"_s, u"T3"_s, QString(), QString()} << QStringList{u"T1"_s, u"T3"_s}
        << QList<ImportProblem>{
               warning(2, u"preference_2"_s, u"unknown theme \"2\"; this preference is left empty"_s)};
    QTest::newRow("several in one cell")
        << QStringList{u"T3; Travail décent | t1"_s, QString(), QString(), QString(), QString()}
        << QStringList{u"T3"_s, u"T2"_s, u"T1"_s} << QList<ImportProblem>{};
    QTest::newRow("too many in one cell")
        << QStringList{u"T1;T2;T3;T4;T5;T6"_s, QString(), QString(), QString(), QString()}
        << QStringList{u"T1"_s, u"T2"_s, u"T3"_s, u"T4"_s, u"T5"_s}
        << QList<ImportProblem>{
               warning(2, u"preference_1"_s, u"more than 5 preferences: \"T6\" is left out"_s)};
    QTest::newRow("a cell after a multi-value cell")
        << QStringList{u"T1; T2"_s, u"T2"_s, u"T4"_s, QString(), QString()}
        << QStringList{u"T1"_s, u"T2"_s, u"T4"_s}
        << QList<ImportProblem>{warning(
               2, u"preference_2"_s, u"the theme \"T2\" is already ranked; this preference is left empty"_s)};
}

void TstParticipantImport::preferences()
{
    QFETCH(QStringList, cells);
    QFETCH(QStringList, expected);
    QFETCH(QList<ImportProblem>, problems);
    const QStringList header{u"last_name"_s,    u"preference_1"_s, u"preference_2"_s,
                             u"preference_3"_s, u"preference_4"_s, u"preference_5"_s};
    const ImportPlan plan = planFor(header, {QStringList{u"Lima"_s} + cells});
    QCOMPARE(plan.problems, problems);
    QCOMPARE(plan.toInsert.size(), 1);
    QCOMPARE(plan.toInsert.at(0).preferences, expected);
    checkAllValid(plan);
}

void TstParticipantImport::readerProblemsCarriedOver()
{
    TextTable table = makeTable({u"Prénom"_s, u"Nom"_s, u"Pays"_s}, {{u"Ana"_s, u"Lima"_s, u"Brasil"_s},
                                                                     {u"Kofi"_s, u"Mensah"_s, u"Wakanda"_s},
                                                                     {u"Mei"_s, u"Chen"_s, u"Chine"_s}});
    const ImportProblem ragged{4, QString(), u"4 cells where the header has 3: the last ones are dropped"_s,
                               ImportProblem::Severity::Warning};
    const ImportProblem quote{2, u"Nom"_s, u"a quote is not closed"_s, ImportProblem::Severity::Warning};
    table.problems = {ragged, quote};
    const ImportPlan plan = planFor(table);
    QCOMPARE(plan.problems,
             (QList<ImportProblem>{
                 quote, warning(3, u"Pays"_s, u"unknown country \"Wakanda\"; the country is left empty"_s),
                 ragged}));
    QCOMPARE(plan.imported, 3);
}

void TstParticipantImport::rowNumbersPreserved()
{
    // The reader skipped blank lines and a line break inside quotes: spreadsheet rows are 2, 5 and 9.
    const TextTable table = makeTable({u"first_name"_s, u"last_name"_s, u"email"_s, u"country"_s},
                                      {{u"Mei"_s, u"Chen"_s, QString(), QString()},
                                       {u"Ana"_s, u"Lima"_s, u"ana@example.org"_s, QString()},
                                       {u"Ana"_s, u"Lima"_s, u"ana@example.org"_s, u"Atlantis"_s}},
                                      {2, 5, 9});
    const ImportPlan plan = planFor(table);
    QCOMPARE(plan.problems,
             (QList<ImportProblem>{
                 warning(9, QString(), u"same e-mail as row 5: counted as a duplicate"_s),
                 warning(9, u"country"_s, u"unknown country \"Atlantis\"; the country is left empty"_s)}));
}

void TstParticipantImport::problemsSorted()
{
    // Columns in another order than the one the import reads the fields in: problems follow the columns.
    const QStringList header{u"Sexe"_s, u"Pays"_s, u"Nom"_s, u"Courriel"_s, u"Rôle"_s};
    const ImportPlan plan = planFor(header, {{u"Z"_s, u"Atlantis"_s, u"Lima"_s, u"ana@"_s, u"jongleur"_s},
                                             {QString(), u"Narnia"_s, u"Chen"_s, QString(), QString()}});
    QCOMPARE(plan.problems,
             (QList<ImportProblem>{
                 warning(2, u"Sexe"_s, u"unknown gender \"Z\"; the gender is left empty"_s),
                 warning(2, u"Pays"_s, u"unknown country \"Atlantis\"; the country is left empty"_s),
                 warning(2, u"Courriel"_s, u"\"ana@\" is not an e-mail address; the e-mail is left empty"_s),
                 warning(2, u"Rôle"_s, u"unknown role \"jongleur\"; it is left out"_s),
                 warning(3, u"Pays"_s, u"unknown country \"Narnia\"; the country is left empty"_s)}));
}

void TstParticipantImport::raggedRowsAndMappings()
{
    // Short rows, and a mapping that names columns past the header, read as empty cells.
    TextTable table;
    table.header = {u"Nom"_s, u"Pays"_s};
    table.rows = {{u"Lima"_s}, {u"Chen"_s, u"Chine"_s, u"extra"_s}};
    table.rowNumbers = {2, 3};
    ColumnMapping mapping = ColumnMapping::guess(table.header);
    mapping.setField(5, ImportField::Email);
    const ImportPlan plan = planParticipantImport(table, mapping, {}, forumThemes(), forumSlots());
    QVERIFY2(plan.problems.isEmpty(), qPrintable(describe(plan.problems)));
    QCOMPARE(plan.imported, 2);
    QCOMPARE(plan.toInsert.at(1).country, u"CN"_s);
}

// Keys are folded by a faster path than foldForSearch; matching must not depend on which one ran.
void TstParticipantImport::foldIsFoldForSearch()
{
    for (char16_t c = 0; c < 0x600; ++c) {
        const QString text = u"aÉ"_s + QChar(c) + u"Z"_s;
        QCOMPARE(ValueNormalizer::fold(text), foldForSearch(text));
    }
    for (const QString &text :
         {u"Hélène DUPONT-Ørsted"_s, u"ŒUVRE Straße\tÆsir"_s, u"Nguyễn Thị Minh Khai"_s, u"e\u0301cole"_s,
          u"ǅemal İstanbul"_s, u"Ğül Şahin, Łódź"_s, u"Ａｎａ"_s, u"½ ¼ ﬁ"_s, u"José\u00a0María"_s, QString(),
          u"ßßßß"_s, u"  Jean \t\n Pierre  "_s, u" \u00a0 "_s, u"Ｘ  ｙ"_s}) {
        QCOMPARE(ValueNormalizer::fold(text), foldForSearch(text));
        QCOMPARE(ValueNormalizer::foldWords(text), foldForSearch(text).simplified());
    }
}

void TstParticipantImport::largeImport()
{
    constexpr int Count = 10000;
    const QStringList countries{u"France"_s, u"Sénégal"_s, u"Brasil"_s, u"Allemagne"_s, u"Vietnam"_s};
    QList<Participant> existing;
    existing.reserve(Count);
    for (int i = 0; i < Count; ++i) {
        Participant p =
            person(u"Prénom%1"_s.arg(i), u"Nom%1"_s.arg(i), i % 2 ? u"p%1@example.org"_s.arg(i) : QString(),
                   u"Coopérative %1"_s.arg(i % 97), i + 1);
        existing << p;
    }
    // A quarter duplicates by e-mail, a quarter by name and organisation, half new people.
    TextTable table;
    table.header = {u"Prénom"_s,  u"Nom"_s,     u"Courriel"_s, u"Structure"_s, u"Pays"_s, u"Sexe"_s,
                    u"Langues"_s, u"Choix 1"_s, u"Choix 2"_s,  u"Rôle"_s,      u"Âge"_s};
    for (int i = 0; i < Count; ++i) {
        const int n = i % 4 == 0 ? i + 1 : (i % 4 == 1 ? i - 1 : Count + i);
        const bool withEmail = n % 2 == 1;
        table.rows << QStringList{u"Prénom%1"_s.arg(n),
                                  u"Nom%1"_s.arg(n),
                                  withEmail ? u"P%1@Example.org"_s.arg(n) : QString(),
                                  u"Coopérative %1"_s.arg(n % 97),
                                  countries.at(i % countries.size()),
                                  i % 3 ? u"Femme"_s : u"Hombre"_s,
                                  i % 2 ? u"français, anglais"_s : u"es"_s,
                                  u"T%1"_s.arg(i % 6 + 1),
                                  u"Travail décent"_s,
                                  i % 10 ? u"participant"_s : u"Animateur, rapporteur"_s,
                                  u"35-49"_s};
        table.rowNumbers << i + 2;
    }
    // The first plan of a process also builds the shared tables (countries, languages, words).
    QElapsedTimer timer;
    timer.start();
    const ImportPlan first = planParticipantImport(table, ColumnMapping::guess(table.header), existing,
                                                   forumThemes(), forumSlots());
    const qint64 firstElapsed = timer.restart();
    const ImportPlan plan = planParticipantImport(table, ColumnMapping::guess(table.header), existing,
                                                  forumThemes(), forumSlots());
    const qint64 elapsed = timer.elapsed();
    qInfo("planParticipantImport: %d rows against %d people in %lld ms (first in the process: %lld ms)",
          Count, Count, elapsed, firstElapsed);
    QCOMPARE(first.toInsert, plan.toInsert);
    QCOMPARE(plan.imported, Count / 2);
    QCOMPARE(plan.duplicates, Count / 2);
    QCOMPARE(plan.updated, Count / 2); // every duplicate brings a country
    QCOMPARE(plan.refused, 0);
    // the row for "T2" ranks "Travail décent" twice
    QCOMPARE(plan.problems.size(), Count / 2 + Count / 6 + 1);
}

QTEST_GUILESS_MAIN(TstParticipantImport)
#include "tst_participantimport.moc"
