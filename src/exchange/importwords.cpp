#include "importwords.h"

#include "valuenormalizer.h"

#include <QLocale>
#include <QRegularExpression>

#include <utility>

namespace cordee::importwords {

namespace {

// Words people write in registration forms, in English, French and Spanish, written as they are seen and
// compared compacted (folded, letters and digits only). The vocabulary keys are added by the builders.
struct Words
{
    int value;
    const char16_t *texts; ///< separated by '|'
};

// Cells that state nothing: they leave a value unset without a warning.
constexpr const char16_t *kNotStated =
    u"|not stated|not_stated|non renseigné|non précisé|no indicado|unknown|inconnu|desconocido"
    u"|prefer not to say|ne souhaite pas répondre|prefiero no decirlo|NS|N/A|NR|?";

// Genders.
constexpr Words kGenders[] = {
    {int(Gender::Female),
     u"F|Female|Woman|W|Femme|Féminin|Femenino|Femenina|Mujer|Mme|Madame|Mrs|Ms|Miss|Mlle|Sra|Señora"},
    {int(Gender::Male), u"M|Male|Man|H|Homme|Masculin|Masculino|Hombre|Varón|Monsieur|Mr|Sr|Señor"},
    {int(Gender::Other), u"X|Other|Autre|Otro|Otra|Non-binary|Non binaire|No binario|No binaria"},
};

// Categories.
constexpr Words kCategories[] = {
    {int(Category::SseEntrepreneur),
     u"SSE entrepreneur|Entrepreneur de l'ESS|Entrepreneure de l'ESS|Emprendedor de la ESS"
     u"|Emprendedora de la ESS|Entrepreneur|Entrepreneure|Entrepreneuse|Social entrepreneur"
     u"|Entrepreneur social|Emprendedor|Emprendedora|Emprendedor social|SSE|ESS"},
    {int(Category::UnionOfficial),
     u"Union official|Trade union official|Trade unionist|Unionist|Trade union|Syndicaliste|Syndicat"
     u"|Sindicalista|Sindicato"},
    {int(Category::InternationalOrganisation),
     u"International organisation|International organization|Organisation internationale"
     u"|Organización internacional|IO|OI|IGO"},
    {int(Category::Practitioner),
     u"Practitioner|Praticien|Praticienne|Acteur de terrain|Actrice de terrain|Profesional"},
    {int(Category::Academic),
     u"Academic|Universitaire|Chercheur|Chercheuse|Enseignant-chercheur|Researcher|Académico|Académica"
     u"|Investigador|Investigadora"},
    {int(Category::PublicAuthority),
     u"Public authority|Local authority|Government|Elected official|Collectivité|Collectivité territoriale"
     u"|Autorité publique|Élu|Élue|Administration|Gouvernement|Autoridad pública|Administración"
     u"|Administración pública|Gobierno"},
    {int(Category::Other), u"Other|Others|Autre|Autres|Otro|Otra|Otros"},
};

// Statuses.
constexpr Words kStatuses[] = {
    {int(ParticipantStatus::Registered),
     u"Registered|Inscrit|Inscrite|Inscrito|Inscrita|Registrado|Registrada"},
    {int(ParticipantStatus::Present), u"Present|Présent|Présente|Presente"},
    {int(ParticipantStatus::Cancelled),
     u"Cancelled|Canceled|Annulé|Annulée|Cancelado|Cancelada|Anulado|Anulada"},
};

// Roles: several words each where people write them so ("guest of honour").
constexpr Words kRoles[] = {
    {int(Role::Participant), u"Participant|Participante"},
    {int(Role::Facilitator),
     u"Facilitator|Facilitatrice|Animateur|Animatrice|Facilitador|Facilitadora|Moderator|Modérateur"
     u"|Modératrice|Moderador|Moderadora"},
    {int(Role::Rapporteur), u"Rapporteur|Rapporteuse|Rapporteure|Relator|Relatora"},
    {int(Role::Speaker), u"Speaker|Panelist|Intervenant|Intervenante|Orateur|Oratrice|Ponente|Conferencista"},
    {int(Role::GuestOfHonour),
     u"Guest of honour|Guest of honor|Invité d'honneur|Invitée d'honneur|Invitado de honor"
     u"|Invitada de honor"},
    {int(Role::Organizer), u"Organizer|Organiser|Organisateur|Organisatrice|Organizador|Organizadora"},
};

// French and Spanish names of the languages most often met at the forum (QLocale gives English and native
// names only), and common English names QLocale spells otherwise.
struct LanguageName
{
    const char16_t *code;
    const char16_t *names; ///< separated by '|'
};

constexpr LanguageName kLanguageNames[] = {
    {u"fr", u"français|francés|francais|french"},
    {u"en", u"anglais|inglés|english"},
    {u"es", u"espagnol|español|castellano|castillan|castilian"},
    {u"pt", u"portugais|portugués"},
    {u"ar", u"arabe|árabe"},
    {u"de", u"allemand|alemán"},
    {u"it", u"italien|italiano"},
    {u"wo", u"wolof|ouolof"},
    {u"sw", u"swahili|kiswahili|suajili|suajili"},
    {u"qu", u"quechua|quichua|kichwa"},
    {u"zh", u"chinois|chino|mandarin|mandarín|cantonese|cantonais|cantonés"},
    {u"vi", u"vietnamien|vietnamita"},
    {u"ja", u"japonais|japonés"},
    {u"ko", u"coréen|coreano"},
    {u"ru", u"russe|ruso"},
    {u"nl", u"néerlandais|neerlandés|hollandais|holandés|flamand|flemish"},
    {u"pl", u"polonais|polaco"},
    {u"tr", u"turc|turco"},
    {u"el", u"grec|griego"},
    {u"hi", u"hindi"},
    {u"bn", u"bengali|bengalí|bangla"},
    {u"ur", u"ourdou|urdu"},
    {u"fa", u"persan|persa|farsi|persian|dari"},
    {u"he", u"hébreu|hebreo"},
    {u"ro", u"roumain|rumano"},
    {u"uk", u"ukrainien|ucraniano"},
    {u"sv", u"suédois|sueco"},
    {u"nb", u"norvégien|noruego|norwegian"},
    {u"da", u"danois|danés"},
    {u"fi", u"finnois|finés|finlandés"},
    {u"cs", u"tchèque|checo"},
    {u"hu", u"hongrois|húngaro"},
    {u"ca", u"catalan|catalán"},
    {u"eu", u"basque|vasco|euskera|euskara"},
    {u"gl", u"galicien|gallego"},
    {u"am", u"amharique|amhárico"},
    {u"ha", u"haoussa|hausa"},
    {u"yo", u"yoruba"},
    {u"ig", u"igbo"},
    {u"ff", u"peul|fula|fulani|pular|poular|fulfulde"},
    {u"bm", u"bambara"},
    {u"ln", u"lingala"},
    {u"rw", u"kinyarwanda"},
    {u"mg", u"malgache|malagasy"},
    {u"so", u"somali|somalí"},
    {u"zu", u"zoulou|zulú"},
    {u"xh", u"xhosa"},
    {u"af", u"afrikaans"},
    {u"ht", u"créole haïtien|criollo haitiano|haitian creole|kreyòl"},
    {u"gn", u"guarani|guaraní"},
    {u"ay", u"aymara|aimara"},
    {u"id", u"indonésien|indonesio"},
    {u"ms", u"malais|malayo"},
    {u"th", u"thaï|tailandés"},
    {u"tl", u"tagalog|filipino"},
    {u"ta", u"tamoul|tamil"},
    {u"sr", u"serbe|serbio"},
    {u"hr", u"croate|croata"},
    {u"bg", u"bulgare|búlgaro"},
    {u"km", u"khmer|cambodgien|camboyano|jemer"},
};

// Cells that mean "every slot" in the availability column.
constexpr const char16_t *kAllSlots[] = {u"",     u"all",   u"tous",  u"toutes",
                                         u"tout", u"todos", u"todas", u"todo"};

QString fromUtf16(const char16_t *text)
{
    return QString::fromUtf16(text);
}

template <std::size_t N>
QHash<QString, int> wordTable(const Words (&words)[N])
{
    QHash<QString, int> table;
    for (const Words &w : words)
        for (const QString &text : fromUtf16(w.texts).split(u'|'))
            table.insert(ValueNormalizer::compact(text), w.value);
    return table;
}

} // namespace

const QSet<QString> &notStatedWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> out;
        for (const QString &w : fromUtf16(kNotStated).split(u'|'))
            out.insert(ValueNormalizer::compact(w));
        return out;
    }();
    return words;
}

const QHash<QString, int> &genderTable()
{
    static const QHash<QString, int> table = [] {
        QHash<QString, int> t = wordTable(kGenders);
        for (Gender g : vocab::genders())
            t.insert(ValueNormalizer::compact(vocab::key(g)), int(g));
        return t;
    }();
    return table;
}

const QHash<QString, int> &categoryTable()
{
    static const QHash<QString, int> table = [] {
        QHash<QString, int> t = wordTable(kCategories);
        for (Category c : vocab::categories())
            t.insert(ValueNormalizer::compact(vocab::key(c)), int(c));
        return t;
    }();
    return table;
}

const QHash<QString, int> &statusTable()
{
    static const QHash<QString, int> table = [] {
        QHash<QString, int> t = wordTable(kStatuses);
        for (ParticipantStatus s : vocab::participantStatuses())
            t.insert(ValueNormalizer::compact(vocab::key(s)), int(s));
        return t;
    }();
    return table;
}

/// Compacted role word → role key.
const QHash<QString, QString> &roleTable()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        for (Role r : vocab::roles())
            t.insert(ValueNormalizer::compact(vocab::key(r)), vocab::key(r));
        const QHash<QString, int> words = wordTable(kRoles);
        for (auto it = words.cbegin(); it != words.cend(); ++it)
            t.insert(it.key(), vocab::key(static_cast<Role>(it.value())));
        return t;
    }();
    return table;
}

/// Compacted language code or name → ISO 639-1 code. Codes win over names, names Cordée knows over the
/// names QLocale knows, English names over native ones.
const QHash<QString, QString> &languageTable()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        const auto add = [&t](const QString &name, const QString &code) {
            const QString k = ValueNormalizer::compact(name);
            if (!k.isEmpty() && !t.contains(k))
                t.insert(k, code);
        };
        QList<std::pair<QLocale::Language, QString>> known;
        for (int l = QLocale::C + 1; l <= QLocale::LastLanguage; ++l) {
            const auto language = static_cast<QLocale::Language>(l);
            const QString code = QLocale::languageToCode(language, QLocale::ISO639Part1);
            if (code.size() == 2)
                known.append({language, code});
        }
        for (const auto &[language, code] : std::as_const(known))
            add(code, code);
        add(QStringLiteral("no"), QStringLiteral("nb")); // Qt knows Norwegian as Bokmål only
        for (const auto &[language, code] : std::as_const(known))
            for (auto type : {QLocale::ISO639Part2B, QLocale::ISO639Part2T, QLocale::ISO639Part3})
                add(QLocale::languageToCode(language, type), code);
        for (const LanguageName &entry : kLanguageNames)
            for (const QString &name : fromUtf16(entry.names).split(u'|'))
                add(name, fromUtf16(entry.code));
        for (const auto &[language, code] : std::as_const(known))
            add(QLocale::languageToString(language), code);
        for (const auto &[language, code] : std::as_const(known)) {
            const QLocale locale(language);
            if (locale.language() == language)
                add(locale.nativeLanguageName(), code);
        }
        return t;
    }();
    return table;
}

// Words joining two language names ("français et anglais"). "et" is also Estonian's code: it only joins
// two names (longer than a code).
bool isJoiningWord(const QStringList &compacted, qsizetype i)
{
    const QString &w = compacted.at(i);
    if (w.isEmpty() || w == u"and" || w == u"y" || w == u"e" || w == u"und")
        return true;
    return w == u"et" && i > 0 && i + 1 < compacted.size() && compacted.at(i - 1).size() > 3 &&
           compacted.at(i + 1).size() > 3;
}

/// Words of a list cell: split at , ; / | and line breaks, then at spaces, parenthesised remarks removed
/// ("Anglais (courant)"). Each inner list is one item of the cell, whose words may form several values.
QList<QStringList> listItems(const QString &cell)
{
    static const QRegularExpression separators(QStringLiteral("[,;/|\\n\\r]+"));
    static const QRegularExpression remark(QStringLiteral("\\([^)]*\\)"));
    QList<QStringList> out;
    for (const QString &item : cell.split(separators, Qt::SkipEmptyParts)) {
        QString text = item;
        text.remove(remark);
        const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
        if (!words.isEmpty())
            out << words;
    }
    return out;
}

const QStringList &allSlotsWords()
{
    static const QStringList words = [] {
        QStringList out;
        for (const char16_t *all : kAllSlots)
            out << fromUtf16(all);
        return out;
    }();
    return words;
}

} // namespace cordee::importwords
