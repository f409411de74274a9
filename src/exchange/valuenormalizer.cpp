#include "valuenormalizer.h"

#include "countrytable.h"
#include "textfold.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <array>
#include <utility>

namespace cordee {

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

} // namespace

ValueNormalizer::ValueNormalizer(const QList<Theme> &themes, const QList<TimeSlot> &timeSlots,
                                 int currentYear)
    : m_currentYear(currentYear)
{
    for (const Theme &t : themes) {
        m_themeByKey.insert(t.key.toLower(), t.key);
        const QString title = foldWords(t.title);
        if (!title.isEmpty() && !m_themeByTitle.contains(title))
            m_themeByTitle.insert(title, t.key);
    }
    for (const TimeSlot &s : timeSlots) {
        m_slotByKey.insert(s.key.toLower(), s.key);
        if (s.kind == SlotKind::Workshops)
            m_workshopSlots << s.key;
    }
}

QString ValueNormalizer::fold(const QString &text)
{
    return foldForSearch(text);
}

QString ValueNormalizer::foldWords(const QString &text)
{
    QString folded = fold(text);
    QChar *begin = folded.data();
    QChar *d = begin;
    bool space = true; // drops leading spaces
    for (const QChar *s = begin, *end = begin + folded.size(); s != end; ++s) {
        if (*s == u' ') {
            if (!space)
                *d++ = u' ';
            space = true;
        } else {
            *d++ = *s;
            space = false;
        }
    }
    if (d != begin && space)
        --d;
    folded.truncate(d - begin);
    return folded;
}

QString ValueNormalizer::compact(const QString &text)
{
    const QString folded = fold(text);
    QString out;
    out.reserve(folded.size());
    for (const QChar ch : folded)
        if (ch.isLetterOrNumber())
            out += ch;
    return out;
}

std::optional<Gender> ValueNormalizer::gender(const QString &cell) const
{
    const QString word = compact(cell);
    if (notStatedWords().contains(word))
        return Gender::NotStated;
    const auto it = genderTable().constFind(word);
    if (it == genderTable().cend())
        return std::nullopt;
    return static_cast<Gender>(*it);
}

std::optional<Category> ValueNormalizer::category(const QString &cell) const
{
    const QString word = compact(cell);
    if (notStatedWords().contains(word))
        return Category::Unspecified;
    const auto it = categoryTable().constFind(word);
    if (it == categoryTable().cend())
        return std::nullopt;
    return static_cast<Category>(*it);
}

std::optional<ParticipantStatus> ValueNormalizer::status(const QString &cell) const
{
    const QString word = compact(cell);
    if (word.isEmpty())
        return ParticipantStatus::Registered;
    const auto it = statusTable().constFind(word);
    if (it == statusTable().cend())
        return std::nullopt;
    return static_cast<ParticipantStatus>(*it);
}

std::optional<QString> ValueNormalizer::country(const QString &cell) const
{
    const QString text = cell.trimmed();
    if (text.isEmpty())
        return QString();
    const auto cached = m_countryCache.constFind(text);
    if (cached != m_countryCache.cend())
        return *cached;
    const CountryTable &countries = CountryTable::instance();
    QString code = countries.codeFor(text);
    // "France (FR)", "Sénégal (Dakar)": either part may name the country.
    if (code.isEmpty() && text.contains(u'(')) {
        static const QRegularExpression parts(QStringLiteral("^([^(]*)\\(([^)]*)\\)"));
        if (const auto m = parts.match(text); m.hasMatch()) {
            code = countries.codeFor(m.captured(1));
            if (code.isEmpty())
                code = countries.codeFor(m.captured(2));
        }
    }
    std::optional<QString> result;
    if (!code.isEmpty())
        result = code;
    m_countryCache.insert(text, result);
    return result;
}

QStringList ValueNormalizer::matchWords(const QStringList &words, const QHash<QString, QString> &table,
                                        QStringList *unknown) const
{
    // The longest run of words that names a value wins: "guest of honour", "criollo haitiano".
    constexpr qsizetype MaxWords = 4;
    QStringList compacted;
    compacted.reserve(words.size());
    for (const QString &w : words)
        compacted << compact(w);
    QStringList found, unmatched;
    const auto flush = [&] {
        if (!unmatched.isEmpty() && unknown)
            *unknown << unmatched.join(u' ');
        unmatched.clear();
    };
    qsizetype i = 0;
    while (i < words.size()) {
        if (isJoiningWord(compacted, i)) {
            flush();
            ++i;
            continue;
        }
        bool matched = false;
        for (qsizetype j = std::min(words.size(), i + MaxWords); j > i && !matched; --j) {
            QString key;
            for (qsizetype k = i; k < j; ++k)
                key += compacted.at(k);
            if (const auto it = table.constFind(key); it != table.cend() && !key.isEmpty()) {
                flush();
                found << *it;
                i = j;
                matched = true;
            }
        }
        if (!matched)
            unmatched << words.at(i++);
    }
    flush();
    return found;
}

Roles ValueNormalizer::roles(const QString &cell, QStringList *unknown) const
{
    const QString text = cell.trimmed();
    auto cached = m_roleCache.constFind(text);
    if (cached == m_roleCache.cend()) {
        RoleCache entry;
        for (const QStringList &words : listItems(text))
            for (const QString &key : matchWords(words, roleTable(), &entry.unknown))
                if (const auto role = vocab::roleFromKey(key))
                    entry.roles.set(*role);
        if (entry.roles.isEmpty())
            entry.roles.set(Role::Participant);
        cached = m_roleCache.insert(text, entry);
    }
    if (unknown)
        *unknown << cached->unknown;
    return cached->roles;
}

QStringList ValueNormalizer::languages(const QString &cell, QStringList *unknown) const
{
    const QString text = cell.trimmed();
    auto cached = m_languageCache.constFind(text);
    if (cached == m_languageCache.cend()) {
        LanguageCache entry;
        // A locale tag ("pt-BR", "fr_CA") names its language.
        static const QRegularExpression tag(QStringLiteral("^([A-Za-z]{2,3})[-_][A-Za-z]{2,4}$"));
        for (QStringList words : listItems(text)) {
            for (QString &w : words)
                if (const auto m = tag.match(w); m.hasMatch())
                    w = m.captured(1);
            for (const QString &code : matchWords(words, languageTable(), &entry.unknown))
                if (!entry.codes.contains(code))
                    entry.codes << code;
        }
        cached = m_languageCache.insert(text, entry);
    }
    if (unknown)
        *unknown << cached->unknown;
    return cached->codes;
}

QString ValueNormalizer::themeKey(const QString &text) const
{
    if (const auto cached = m_themeCache.constFind(text); cached != m_themeCache.cend())
        return *cached;
    const QString trimmed = text.trimmed();
    QString key = m_themeByKey.value(trimmed.toLower());
    if (key.isEmpty())
        key = m_themeByTitle.value(foldWords(trimmed));
    m_themeCache.insert(text, key);
    return key;
}

std::optional<QStringList> ValueNormalizer::unavailableSlots(const QString &cell, QStringList *unknown) const
{
    const QString word = compact(cell);
    for (const char16_t *all : kAllSlots)
        if (word == QStringView(all))
            return QStringList();
    static const QRegularExpression separators(QStringLiteral("[,;|\\s]+"));
    QSet<QString> attended;
    bool ok = true;
    for (const QString &token : cell.split(separators, Qt::SkipEmptyParts)) {
        const auto it = m_slotByKey.constFind(token.toLower());
        if (it == m_slotByKey.cend()) {
            ok = false;
            if (unknown)
                *unknown << token;
        } else {
            attended.insert(*it);
        }
    }
    if (!ok)
        return std::nullopt;
    QStringList missed;
    for (const QString &slot : m_workshopSlots)
        if (!attended.contains(slot))
            missed << slot;
    return missed;
}

AgeBand ValueNormalizer::bandForAge(int age)
{
    if (age < 25)
        return AgeBand::Under25;
    if (age < 35)
        return AgeBand::From25To34;
    if (age < 50)
        return AgeBand::From35To49;
    if (age < 65)
        return AgeBand::From50To64;
    return AgeBand::From65;
}

std::optional<AgeBand> ValueNormalizer::ageBand(const QString &cell) const
{
    const QString text = cell.trimmed();
    const auto cached = m_ageCache.constFind(text);
    if (cached != m_ageCache.cend())
        return *cached;
    const std::optional<AgeBand> band = parseAgeBand(text);
    m_ageCache.insert(text, band);
    return band;
}

std::optional<AgeBand> ValueNormalizer::parseAgeBand(const QString &cell) const
{
    if (notStatedWords().contains(compact(cell)) || cell == u"-")
        return AgeBand::Unknown;
    QString t = fold(cell);
    t.remove(u' ');
    t.replace(u'_', u'-');
    // "42", "42 ans", "1980": an age or a year of birth.
    static const QRegularExpression number(QStringLiteral("^(\\d{1,4})(?:ans|anos|years|yearsold|yo)?$"));
    // "25-34", "25 à 34 ans", "18 to 24": a range inside one band.
    static const QRegularExpression range(
        QStringLiteral("^(\\d{1,3})(?:-|a|to|al)(\\d{1,3})(?:ans|anos|years)?$"));
    // "<25", "under 25", "moins de 25 ans", "menos de 25 años".
    static const QRegularExpression under(
        QStringLiteral("^(?:<|<=|≤|under|below|lessthan|moinsde|menosde|-)(\\d{1,3})(?:ans|anos|years)?$"));
    // "65+", "65 and over", "65 et plus", "65 y más", "plus de 65 ans", "over 65".
    static const QRegularExpression over(QStringLiteral(
        "^(?:(\\d{1,3})-?(?:\\+|andover|andabove|ormore|plus|etplus|ouplus|ymas|omas|ans\\+|ansetplus)|"
        "(?:>|>=|≥|over|above|plusde|masde)(\\d{1,3})(?:ans|anos|years)?)$"));
    // A date of birth: 1980-05-03 (perhaps with a time), 03/05/1980, 3.5.1980.
    static const QRegularExpression date(
        QStringLiteral("^(?:(\\d{4})-\\d{1,2}-\\d{1,2}(?:t.*)?|\\d{1,2}[/.-]\\d{1,2}[/.-](\\d{4}))$"));

    const auto fromAgeOrYear = [this](int n, bool yearOnly) -> std::optional<AgeBand> {
        if (n >= 1900 && n <= m_currentYear)
            return bandForAge(m_currentYear - n);
        if (!yearOnly && n >= 1 && n <= 120)
            return bandForAge(n);
        return std::nullopt;
    };
    if (const auto m = number.match(t); m.hasMatch())
        return fromAgeOrYear(m.captured(1).toInt(), false);
    if (const auto m = range.match(t); m.hasMatch()) {
        const AgeBand low = bandForAge(m.captured(1).toInt()), high = bandForAge(m.captured(2).toInt());
        if (low == high && m.captured(1).toInt() <= m.captured(2).toInt())
            return low;
        return std::nullopt;
    }
    if (const auto m = under.match(t); m.hasMatch() && m.captured(1).toInt() <= 25)
        return AgeBand::Under25;
    if (const auto m = over.match(t); m.hasMatch()) {
        // "65+" includes 65; "over 64" / "plus de 64 ans" does not include 64.
        const int least = m.captured(1).isEmpty() ? m.captured(2).toInt() + 1 : m.captured(1).toInt();
        if (least >= 65)
            return AgeBand::From65;
        return std::nullopt;
    }
    if (const auto m = date.match(t); m.hasMatch())
        return fromAgeOrYear((m.captured(1).isEmpty() ? m.captured(2) : m.captured(1)).toInt(), true);
    if (const auto key = vocab::ageBandFromKey(cell.trimmed()))
        return *key;
    return std::nullopt;
}

} // namespace cordee
