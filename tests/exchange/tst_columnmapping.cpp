// Column mapping: an organiser's spreadsheet, whatever its language, must land in the right fields without
// their help, and `--map` must say exactly what it did not understand.

#include "participantimport.h"

#include <QTest>

using namespace cordee;
using namespace Qt::StringLiterals;

namespace {

QStringList keysOf(const ColumnMapping &mapping)
{
    QStringList keys;
    for (ImportField f : mapping.fields())
        keys << importfield::key(f);
    return keys;
}

QStringList allKeys()
{
    QStringList keys;
    for (ImportField f : importfield::all())
        keys << importfield::key(f);
    return keys;
}

} // namespace

class TstColumnMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldKeys();
    void fromKey_data();
    void fromKey();
    void guess_data();
    void guess();
    void setFieldTakesFromOtherColumn();
    void fieldOutOfRangeIsIgnore();
    void overrides_data();
    void overrides();
    void overrideErrorLeavesMappingAlone();
};

void TstColumnMapping::fieldKeys()
{
    const QList<ImportField> fields = importfield::all();
    QCOMPARE(fields.size(), 18);
    QVERIFY(!fields.contains(ImportField::Ignore));
    QCOMPARE(allKeys(),
             QStringList({u"first_name"_s, u"last_name"_s, u"email"_s, u"organization"_s, u"country"_s,
                          u"gender"_s, u"age_band"_s, u"category"_s, u"languages"_s, u"preference_1"_s,
                          u"preference_2"_s, u"preference_3"_s, u"preference_4"_s, u"preference_5"_s,
                          u"roles"_s, u"availability"_s, u"status"_s, u"notes"_s}));
    QCOMPARE(importfield::key(ImportField::Ignore), u"ignore"_s);
    QSet<QString> labels;
    for (ImportField f : fields) {
        QCOMPARE(importfield::fromKey(importfield::key(f)), f);
        QVERIFY(!importfield::label(f).isEmpty());
        labels.insert(importfield::label(f));
    }
    QCOMPARE(labels.size(), fields.size()); // the wizard's combo boxes need distinct labels
    QVERIFY(!importfield::label(ImportField::Ignore).isEmpty());
}

void TstColumnMapping::fromKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("field"); // -1: none

    QTest::newRow("canonical") << u"first_name"_s << int(ImportField::FirstName);
    QTest::newRow("upper case") << u"PREFERENCE_3"_s << int(ImportField::Preference3);
    QTest::newRow("mixed case") << u"Age_Band"_s << int(ImportField::AgeBand);
    QTest::newRow("ignore") << u"ignore"_s << int(ImportField::Ignore);
    QTest::newRow("British spelling") << u"organisation"_s << int(ImportField::Organisation);
    QTest::newRow("spaces around") << u" notes "_s << int(ImportField::Notes);
    QTest::newRow("label is not a key") << u"First name"_s << -1;
    QTest::newRow("unknown") << u"phone"_s << -1;
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("no such preference") << u"preference_6"_s << -1;
}

void TstColumnMapping::fromKey()
{
    QFETCH(QString, key);
    QFETCH(int, field);
    const std::optional<ImportField> found = importfield::fromKey(key);
    if (field < 0)
        QVERIFY(!found.has_value());
    else
        QCOMPARE(found, static_cast<ImportField>(field));
}

void TstColumnMapping::guess_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("English") << QStringList{u"First name"_s,   u"Last name"_s,    u"E-mail"_s,
                                            u"Organisation"_s, u"Country"_s,      u"Gender"_s,
                                            u"Age band"_s,     u"Category"_s,     u"Languages"_s,
                                            u"Preference 1"_s, u"Preference 2"_s, u"Preference 3"_s,
                                            u"Preference 4"_s, u"Preference 5"_s, u"Roles"_s,
                                            u"Availability"_s, u"Status"_s,       u"Notes"_s}
                             << allKeys();
    QTest::newRow("French") << QStringList{u"Prénom"_s,           u"Nom"_s,       u"Courriel"_s,
                                           u"Structure"_s,        u"Pays"_s,      u"Sexe"_s,
                                           u"Tranche d'âge"_s,    u"Catégorie"_s, u"Langues"_s,
                                           u"Choix 1"_s,          u"Choix 2"_s,   u"Thème 3"_s,
                                           u"Préférence 4"_s,     u"Choix 5"_s,   u"Rôle(s)"_s,
                                           u"Disponibilité(s)"_s, u"Statut"_s,    u"Remarques"_s}
                            << allKeys();
    QTest::newRow("Spanish") << QStringList{u"Nombre(s)"_s,      u"Apellidos"_s, u"Correo electrónico"_s,
                                            u"Organización"_s,   u"País"_s,      u"Género"_s,
                                            u"Edad"_s,           u"Categoría"_s, u"Idiomas"_s,
                                            u"Preferencia 1"_s,  u"Opción 2"_s,  u"Tema 3"_s,
                                            u"Preferencia 4"_s,  u"Opción 5"_s,  u"Función"_s,
                                            u"Disponibilidad"_s, u"Estado"_s,    u"Observaciones"_s}
                             << allKeys();
    QTest::newRow("canonical keys") << allKeys() << allKeys();
    QTest::newRow("other spellings") << QStringList{u"Firstname"_s,    u"Surname"_s,  u"Email"_s,
                                                    u"Organization"_s, u"Sex"_s,      u"Profile"_s,
                                                    u"Lenguas"_s,      u"Choice 1"_s, u"Theme 2"_s,
                                                    u"Rol(es)"_s,      u"Notas"_s,    u"Disponibilités"_s}
                                     << QStringList{u"first_name"_s,   u"last_name"_s,    u"email"_s,
                                                    u"organization"_s, u"gender"_s,       u"category"_s,
                                                    u"languages"_s,    u"preference_1"_s, u"preference_2"_s,
                                                    u"roles"_s,        u"notes"_s,        u"availability"_s};
    QTest::newRow("mixed languages")
        << QStringList{u"Given name"_s, u"Apellido"_s,     u"Mail"_s,   u"Organisme"_s, u"País"_s,
                       u"Genre"_s,      u"Age"_s,          u"Perfil"_s, u"Langues"_s,   u"Opción 1"_s,
                       u"Tema 2"_s,     u"Commentaires"_s, u"Estado"_s}
        << QStringList{u"first_name"_s,   u"last_name"_s, u"email"_s,    u"organization"_s, u"country"_s,
                       u"gender"_s,       u"age_band"_s,  u"category"_s, u"languages"_s,    u"preference_1"_s,
                       u"preference_2"_s, u"notes"_s,     u"status"_s};
    QTest::newRow("more French and Spanish")
        << QStringList{u"Nom de famille"_s, u"Adresse électronique"_s,
                       u"Entidad"_s,        u"Sexo"_s,
                       u"Profil"_s,         u"Correo"_s,
                       u"Nombre"_s}
        << QStringList{u"last_name"_s, u"email"_s,  u"organization"_s, u"gender"_s,
                       u"category"_s,  u"ignore"_s, u"first_name"_s};
    QTest::newRow("case, accents, punctuation")
        << QStringList{u"  PRENOM  "_s, u"NOM-DE-FAMILLE"_s, u"e_mail:"_s,      u"Pays *"_s,
                       u"SEXE."_s,      u"catégorie"_s,      u"LANGUES*"_s,     u"choix-1"_s,
                       u"CHOIX_2"_s,    u"Préférence #3"_s,  u"Tranche d’âge"_s}
        << QStringList{u"first_name"_s,   u"last_name"_s,    u"email"_s,     u"country"_s,
                       u"gender"_s,       u"category"_s,     u"languages"_s, u"preference_1"_s,
                       u"preference_2"_s, u"preference_3"_s, u"age_band"_s};
    QTest::newRow("trailing numbering")
        << QStringList{u"Prénom (1)"_s, u"Nom (2)"_s, u"E-mail (3)"_s, u"Choix (4)"_s}
        << QStringList{u"first_name"_s, u"last_name"_s, u"email"_s, u"preference_4"_s};
    QTest::newRow("unknown headers are ignored")
        << QStringList{u"Timestamp"_s, u"First name"_s,   u"Dietary needs"_s, u"Last name"_s,
                       QString(),      u"Preference 6"_s, u"Name"_s}
        << QStringList{u"ignore"_s, u"first_name"_s, u"ignore"_s, u"last_name"_s,
                       u"ignore"_s, u"ignore"_s,     u"ignore"_s};
    QTest::newRow("first match wins")
        << QStringList{u"E-mail"_s, u"Courriel"_s, u"Nom"_s, u"Surname"_s, u"Email (2)"_s}
        << QStringList{u"email"_s, u"ignore"_s, u"last_name"_s, u"ignore"_s, u"ignore"_s};
    QTest::newRow("one column of preferences")
        << QStringList{u"Prénom"_s, u"Préférences"_s, u"Thèmes"_s}
        << QStringList{u"first_name"_s, u"preference_1"_s, u"ignore"_s};
    QTest::newRow("birth year") << QStringList{u"Année de naissance"_s} << QStringList{u"age_band"_s};
    QTest::newRow("empty header") << QStringList{} << QStringList{};
}

void TstColumnMapping::guess()
{
    QFETCH(QStringList, header);
    QFETCH(QStringList, expected);
    const ColumnMapping mapping = ColumnMapping::guess(header);
    QCOMPARE(mapping.fields().size(), header.size());
    QCOMPARE(keysOf(mapping), expected);
    for (ImportField f : importfield::all())
        QCOMPARE(mapping.columnOf(f), int(expected.indexOf(importfield::key(f))));
}

void TstColumnMapping::setFieldTakesFromOtherColumn()
{
    ColumnMapping mapping = ColumnMapping::guess({u"Prénom"_s, u"Nom"_s, u"Mail"_s, u"Divers"_s});
    QCOMPARE(mapping.columnOf(ImportField::Email), 2);
    mapping.setField(3, ImportField::Email);
    QCOMPARE(mapping.field(2), ImportField::Ignore);
    QCOMPARE(mapping.field(3), ImportField::Email);
    QCOMPARE(mapping.columnOf(ImportField::Email), 3);
    mapping.setField(0, ImportField::Ignore);
    QCOMPARE(mapping.columnOf(ImportField::FirstName), -1);
    QCOMPARE(mapping.columnOf(ImportField::Ignore), -1);
    QCOMPARE(mapping.field(1), ImportField::LastName); // other columns keep their fields
}

void TstColumnMapping::fieldOutOfRangeIsIgnore()
{
    const ColumnMapping mapping = ColumnMapping::guess({u"Prénom"_s});
    QCOMPARE(mapping.field(1), ImportField::Ignore);
    QCOMPARE(mapping.field(-1), ImportField::Ignore);
    QCOMPARE(ColumnMapping().field(0), ImportField::Ignore);
}

void TstColumnMapping::overrides_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QString>("assignment");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QStringList>("expected");

    const QStringList header{u"Prénom"_s, u"Nom"_s, u"Adresse"_s, u"Tél."_s};
    const QString fields =
        u"first_name, last_name, email, organization, country, gender, age_band, category, languages, "
        "preference_1, preference_2, preference_3, preference_4, preference_5, roles, availability, status, "
        "notes, ignore"_s;

    QTest::newRow("unknown header mapped")
        << header << u"Adresse=email"_s << QString()
        << QStringList{u"first_name"_s, u"last_name"_s, u"email"_s, u"ignore"_s};
    QTest::newRow("header case- and accent-blind")
        << header << u"PRENOM=last_name"_s << QString()
        << QStringList{u"last_name"_s, u"ignore"_s, u"ignore"_s, u"ignore"_s};
    QTest::newRow("field case-blind")
        << header << u"tél.=NOTES"_s << QString()
        << QStringList{u"first_name"_s, u"last_name"_s, u"ignore"_s, u"notes"_s};
    QTest::newRow("spaces around") << header << u"  Adresse = organization "_s << QString()
                                   << QStringList{u"first_name"_s, u"last_name"_s, u"organization"_s,
                                                  u"ignore"_s};
    QTest::newRow("ignore a column") << header << u"Nom=ignore"_s << QString()
                                     << QStringList{u"first_name"_s, u"ignore"_s, u"ignore"_s, u"ignore"_s};
    QTest::newRow("header with '='") << QStringList{u"a=b"_s, u"Nom"_s} << u"a=b=notes"_s << QString()
                                     << QStringList{u"notes"_s, u"last_name"_s};
    QTest::newRow("header punctuation-blind")
        << header << u"Tel=notes"_s << QString()
        << QStringList{u"first_name"_s, u"last_name"_s, u"ignore"_s, u"notes"_s};
    QTest::newRow("unknown header") << header << u"Mail=email"_s << u"no column \"Mail\" in the file"_s
                                    << QStringList{u"first_name"_s, u"last_name"_s, u"ignore"_s, u"ignore"_s};
    QTest::newRow("unknown field") << header << u"Nom=foo"_s
                                   << u"\"foo\" is not a field (expected one of: "_s + fields + u')'
                                   << QStringList{u"first_name"_s, u"last_name"_s, u"ignore"_s, u"ignore"_s};
    QTest::newRow("empty field") << header << u"Nom="_s
                                 << u"\"\" is not a field (expected one of: "_s + fields + u')'
                                 << QStringList{u"first_name"_s, u"last_name"_s, u"ignore"_s, u"ignore"_s};
    QTest::newRow("no '='") << header << u"Nom"_s
                            << u"\"Nom\" is not a column assignment (expected Header=field)"_s
                            << QStringList{u"first_name"_s, u"last_name"_s, u"ignore"_s, u"ignore"_s};
}

void TstColumnMapping::overrides()
{
    QFETCH(QStringList, header);
    QFETCH(QString, assignment);
    QFETCH(QString, error);
    QFETCH(QStringList, expected);
    ColumnMapping mapping = ColumnMapping::guess(header);
    const std::optional<QString> result = mapping.applyOverride(header, assignment);
    QCOMPARE(result.value_or(QString()), error);
    QCOMPARE(result.has_value(), !error.isEmpty());
    QCOMPARE(keysOf(mapping), expected);
}

void TstColumnMapping::overrideErrorLeavesMappingAlone()
{
    const QStringList header{u"Prénom"_s, u"Nom"_s};
    ColumnMapping mapping; // an empty mapping grows to the header when an override applies
    QVERIFY(mapping.applyOverride(header, u"Nom=nobody"_s).has_value());
    QVERIFY(mapping.fields().isEmpty());
    QVERIFY(!mapping.applyOverride(header, u"Nom=last_name"_s).has_value());
    QCOMPARE(keysOf(mapping), QStringList({u"ignore"_s, u"last_name"_s}));
}

QTEST_GUILESS_MAIN(TstColumnMapping)
#include "tst_columnmapping.moc"
