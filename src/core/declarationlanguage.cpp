#include "declarationlanguage.h"

#include "textfold.h"

#include <QRegularExpression>

#include <array>

namespace cordee {

namespace {

enum class Lang { En, Fr, Es };

constexpr QChar Nbsp = QChar(0x00A0);       // before a French colon, inside French quotes
constexpr QChar NarrowNbsp = QChar(0x202F); // French and Spanish thousands separator

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

/// Words that start a forum's name without its article, and the article they take.
struct NounGender
{
    const char *folded; ///< foldForSearch() of the word
    bool feminine;
    bool plural;
};

// clang-format off
constexpr NounGender frenchNouns[] = {
    {"forum", false, false}, {"sommet", false, false}, {"congres", false, false}, {"festival", false, false},
    {"salon", false, false}, {"colloque", false, false}, {"symposium", false, false},
    {"seminaire", false, false}, {"rassemblement", false, false}, {"conference", true, false},
    {"rencontre", true, false}, {"universite", true, false}, {"biennale", true, false},
    {"semaine", true, false}, {"journee", true, false}, {"assemblee", true, false},
    {"convention", true, false}, {"rencontres", true, true}, {"assises", true, true},
    {"journees", true, true}, {"universites", true, true}, {"etats", false, true},
    {"entretiens", false, true}, {"dialogues", false, true},
};
constexpr NounGender spanishNouns[] = {
    {"foro", false, false}, {"encuentro", false, false}, {"congreso", false, false},
    {"festival", false, false}, {"salon", false, false}, {"coloquio", false, false},
    {"simposio", false, false}, {"seminario", false, false}, {"cumbre", true, false},
    {"conferencia", true, false}, {"jornada", true, false}, {"bienal", true, false},
    {"semana", true, false}, {"asamblea", true, false}, {"convencion", true, false},
    {"reunion", true, false}, {"encuentros", false, true}, {"dialogos", false, true},
    {"foros", false, true}, {"jornadas", true, true}, {"conferencias", true, true},
};
// clang-format on

} // namespace

struct DeclarationLanguage::Table
{
    Lang lang;
    const char *code;
    std::array<const char *, 12> months;
    std::array<const char *, 7> weekdays; ///< Monday first, as QDate::dayOfWeek()
    std::array<std::array<const char *, 2>, 3> nouns;
    std::array<const char *, 8> categories; ///< by Category; Unspecified unused
    const char *title;                      ///< %1: "of the 6th edition" or nothing, %2: "of the forum"
    const char *editionOf;                  ///< %1: ordinal, %2: "of the forum"
    const char *guestsIntro;
    const char *womenAndMen;
    const char *theParticipants;
    const char *tookPart;
    const char *manyBackgrounds;
    const char *decisionIntro;
    const char *otherProposals;
    const char *conclusion;
    const char *pageOf;
};

struct DeclarationLanguage::Article
{
    QString subject; ///< "the Alpine Forum"
    QString of;      ///< "of the Alpine Forum"
    bool plural = false;
};

namespace {

// Our own wording, in the register of a declaration adopted in plenary.
// clang-format off
const DeclarationLanguage::Table english{
    Lang::En, "en",
    {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
     "November", "December"},
    {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"},
    {{{"participant", "participants"}, {"country", "countries"}, {"continent", "continents"}}},
    {"", "entrepreneurs of the social and solidarity economy", "trade union officials",
     "representatives of international organisations and institutions", "practitioners working in the field",
     "academics", "representatives of public authorities", "other actors of civil society"},
    "Final declaration%1%2", " of the %1 edition",
    "The opening ceremony was honoured by the presence of:",
    "Women and men", "The participants", "took an active part in the debates and the workshops",
    "from many backgrounds",
    "They therefore decide to:", "Further commitments", "Conclusion", "Page %1 of %2"};

const DeclarationLanguage::Table french{
    Lang::Fr, "fr",
    {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
     "novembre", "décembre"},
    {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"},
    {{{"participant", "participants"}, {"pays", "pays"}, {"continent", "continents"}}},
    {"", "entrepreneurs de l’économie sociale et solidaire", "responsables syndicaux",
     "représentants d’organisations et d’institutions internationales", "praticiens de terrain",
     "universitaires", "représentants des pouvoirs publics",
     "d’autres acteurs de la société civile"},
    "Déclaration finale%1%2", " de la %1 édition",
    "La cérémonie d’ouverture a été honorée de la présence de\u00a0:",
    "Des femmes et des hommes", "Les participants", "ont pris une part active aux débats et aux ateliers",
    "d’horizons divers",
    "En conséquence, ils décident de\u00a0:", "Autres engagements", "Conclusion", "Page %1 sur %2"};

const DeclarationLanguage::Table spanish{
    Lang::Es, "es",
    {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
     "noviembre", "diciembre"},
    {"lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"},
    {{{"participante", "participantes"}, {"país", "países"}, {"continente", "continentes"}}},
    {"", "emprendedores de la economía social y solidaria", "dirigentes sindicales",
     "representantes de organizaciones e instituciones internacionales", "profesionales de terreno",
     "académicos", "representantes de los poderes públicos",
     "otros actores de la sociedad civil"},
    "Declaración final%1%2", " de la %1 edición",
    "La ceremonia de apertura contó con la presencia de:",
    "Mujeres y hombres", "Los participantes", "participaron activamente en los debates y los talleres",
    "de horizontes diversos",
    "En consecuencia, deciden:", "Otros compromisos", "Conclusión", "Página %1 de %2"};
// clang-format on

bool startsWithVowelSound(const QString &word)
{
    const QString folded = foldForSearch(word.left(1));
    return !folded.isEmpty() && QStringView(u"aeiouyh").contains(folded.at(0));
}

/// A leading article of `name` from `articles` (lower case, with their trailing space or apostrophe);
/// returns its index and sets `rest` to what follows, or −1.
int leadingArticle(const QString &name, std::initializer_list<const char16_t *> articles, QString *rest)
{
    int i = 0;
    for (const char16_t *a : articles) {
        const QString article = QString::fromUtf16(a);
        if (name.startsWith(article, Qt::CaseInsensitive) && name.size() > article.size()) {
            *rest = name.mid(article.size());
            return i;
        }
        ++i;
    }
    return -1;
}

const NounGender *guessNoun(const QString &name, const NounGender *begin, const NounGender *end)
{
    const QString first = foldForSearch(name.section(u' ', 0, 0));
    for (const NounGender *n = begin; n != end; ++n)
        if (first == QLatin1String(n->folded))
            return n;
    return nullptr;
}

} // namespace

DeclarationLanguage::DeclarationLanguage(const Table &table)
    : m_table(table)
{}

QStringList DeclarationLanguage::codes()
{
    return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("es")};
}

bool DeclarationLanguage::isSupported(const QString &code)
{
    return codes().contains(code);
}

const DeclarationLanguage &DeclarationLanguage::forCode(const QString &code)
{
    static const DeclarationLanguage en(english), fr(french), es(spanish);
    if (code == u"fr")
        return fr;
    if (code == u"es")
        return es;
    return en;
}

QString DeclarationLanguage::code() const
{
    return QLatin1String(m_table.code);
}

QString DeclarationLanguage::date(QDate date) const
{
    if (!date.isValid())
        return {};
    const QString month = u8(m_table.months[std::size_t(date.month() - 1)]);
    const QString year = QString::number(date.year());
    switch (m_table.lang) {
    case Lang::En:
        return month + u' ' + ordinal(date.day()) + QStringLiteral(", ") + year;
    case Lang::Fr:
        return (date.day() == 1 ? QStringLiteral("1er") : QString::number(date.day())) + u' ' + month + u' ' +
               year;
    case Lang::Es:
        return QString::number(date.day()) + QStringLiteral(" de ") + month + QStringLiteral(" de ") + year;
    }
    Q_UNREACHABLE();
}

QString DeclarationLanguage::longDate(QDate date) const
{
    if (!date.isValid())
        return {};
    const QString weekday = u8(m_table.weekdays[std::size_t(date.dayOfWeek() - 1)]);
    return weekday + (m_table.lang == Lang::En ? QStringLiteral(", ") : QStringLiteral(" ")) +
           this->date(date);
}

QString DeclarationLanguage::dateRange(QDate from, QDate to) const
{
    if (!from.isValid())
        std::swap(from, to);
    if (!from.isValid())
        return {};
    const Lang l = m_table.lang;
    if (!to.isValid() || to <= from) {
        const QString on = l == Lang::En ? QStringLiteral("on ") : l == Lang::Fr ? u8("le ") : u8("el ");
        return on + longDate(from);
    }
    const QString day1 = l == Lang::En                      ? ordinal(from.day())
                         : l == Lang::Fr && from.day() == 1 ? QStringLiteral("1er")
                                                            : QString::number(from.day());
    const QString month1 = u8(m_table.months[std::size_t(from.month() - 1)]);
    const QString year = QString::number(to.year());
    const bool sameYear = from.year() == to.year();
    const bool sameMonth = sameYear && from.month() == to.month();
    switch (l) {
    case Lang::En:
        if (sameMonth)
            return QStringLiteral("from %1 %2 to %3, %4").arg(month1, day1, ordinal(to.day()), year);
        if (sameYear)
            return QStringLiteral("from %1 %2 to %3").arg(month1, day1, date(to));
        return QStringLiteral("from %1 to %2").arg(date(from), date(to));
    case Lang::Fr:
        if (sameMonth)
            return QStringLiteral("du %1 au %2").arg(day1, date(to));
        if (sameYear)
            return QStringLiteral("du %1 %2 au %3").arg(day1, month1, date(to));
        return QStringLiteral("du %1 au %2").arg(date(from), date(to));
    case Lang::Es:
        if (sameMonth)
            return QStringLiteral("del %1 al %2").arg(day1, date(to));
        if (sameYear)
            return QStringLiteral("del %1 de %2 al %3").arg(day1, month1, date(to));
        return QStringLiteral("del %1 al %2").arg(date(from), date(to));
    }
    Q_UNREACHABLE();
}

QString DeclarationLanguage::ordinal(int n) const
{
    const QString digits = QString::number(n);
    switch (m_table.lang) {
    case Lang::En: {
        const int tens = n % 100, units = n % 10;
        if (tens >= 11 && tens <= 13)
            return digits + QStringLiteral("th");
        return digits + (units == 1   ? QStringLiteral("st")
                         : units == 2 ? QStringLiteral("nd")
                         : units == 3 ? QStringLiteral("rd")
                                      : QStringLiteral("th"));
    }
    case Lang::Fr:
        return digits + (n == 1 ? QStringLiteral("re") : QStringLiteral("e"));
    case Lang::Es:
        return digits + u8(".ª");
    }
    Q_UNREACHABLE();
}

QString DeclarationLanguage::list(const QStringList &items) const
{
    if (items.size() <= 1)
        return items.value(0);
    const QString last = items.constLast();
    QString conjunction;
    switch (m_table.lang) {
    case Lang::En:
        conjunction = QStringLiteral(" and ");
        break;
    case Lang::Fr:
        conjunction = QStringLiteral(" et ");
        break;
    case Lang::Es: {
        // "y" becomes "e" before the sound i: "académicos e investigadores", but "y hielo".
        const QString f = foldForSearch(last.left(3));
        const bool hi = f.startsWith(u"hi") && !(f.size() > 2 && QStringView(u"aeou").contains(f.at(2)));
        const bool iSound = f.startsWith(u'i') || hi;
        conjunction = iSound ? QStringLiteral(" e ") : QStringLiteral(" y ");
        break;
    }
    }
    return items.mid(0, items.size() - 1).join(QStringLiteral(", ")) + conjunction + last;
}

QString DeclarationLanguage::number(int n) const
{
    const QString digits = QString::number(n);
    const bool negative = n < 0;
    QString plain = negative ? digits.mid(1) : digits;
    const int minimum = m_table.lang == Lang::Es ? 5 : 4; // Spanish leaves four digits together
    if (plain.size() < minimum)
        return digits;
    const QChar separator = m_table.lang == Lang::En ? QChar(u',') : NarrowNbsp;
    for (qsizetype i = plain.size() - 3; i > 0; i -= 3)
        plain.insert(i, separator);
    return negative ? u'-' + plain : plain;
}

QString DeclarationLanguage::count(int n, CountedNoun noun) const
{
    const auto &forms = m_table.nouns[std::size_t(noun)];
    return number(n) + u' ' + u8(forms[n == 1 ? 0 : 1]);
}

QList<std::pair<qsizetype, qsizetype>> DeclarationLanguage::raisedSuffixes(const QString &text) const
{
    QList<std::pair<qsizetype, qsizetype>> out;
    if (m_table.lang != Lang::Fr)
        return out;
    static const QRegularExpression ordinal(QStringLiteral("\\b\\d{1,4}(e|re|er|es|res|ers)\\b"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    auto it = ordinal.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out << std::pair{m.capturedStart(1), m.capturedLength(1)};
    }
    return out;
}

DeclarationLanguage::Article DeclarationLanguage::articleOf(const QString &name) const
{
    QString rest;
    switch (m_table.lang) {
    case Lang::En:
        if (leadingArticle(name, {u"the "}, &rest) < 0)
            rest = name;
        return {QStringLiteral("the ") + rest, QStringLiteral("of the ") + rest, false};
    case Lang::Fr: {
        switch (leadingArticle(name, {u"les ", u"le ", u"la ", u"l'", u"l’"}, &rest)) {
        case 0:
            return {QStringLiteral("les ") + rest, QStringLiteral("des ") + rest, true};
        case 1:
            return {QStringLiteral("le ") + rest, QStringLiteral("du ") + rest, false};
        case 2:
            return {QStringLiteral("la ") + rest, QStringLiteral("de la ") + rest, false};
        case 3:
        case 4:
            return {u8("l’") + rest, u8("de l’") + rest, false};
        default:
            break;
        }
        const NounGender *noun = guessNoun(name, std::begin(frenchNouns), std::end(frenchNouns));
        if (!noun) {
            const QString quoted = u8("forum «") + Nbsp + name + Nbsp + u8("»");
            return {QStringLiteral("le ") + quoted, QStringLiteral("du ") + quoted, false};
        }
        if (noun->plural)
            return {QStringLiteral("les ") + name, QStringLiteral("des ") + name, true};
        if (startsWithVowelSound(name))
            return {u8("l’") + name, u8("de l’") + name, false};
        return noun->feminine ? Article{QStringLiteral("la ") + name, QStringLiteral("de la ") + name, false}
                              : Article{QStringLiteral("le ") + name, QStringLiteral("du ") + name, false};
    }
    case Lang::Es: {
        const int found = leadingArticle(name, {u"los ", u"las ", u"el ", u"la "}, &rest);
        const NounGender *noun =
            found >= 0 ? nullptr : guessNoun(name, std::begin(spanishNouns), std::end(spanishNouns));
        if (found < 0 && !noun) {
            const QString quoted = u8("foro «") + name + u8("»");
            return {QStringLiteral("el ") + quoted, QStringLiteral("del ") + quoted, false};
        }
        if (found < 0) {
            rest = name;
        }
        const int kind = found >= 0     ? found
                         : noun->plural ? (noun->feminine ? 1 : 0)
                                        : (noun->feminine ? 3 : 2);
        static constexpr std::array<const char *, 4> subjects{"los ", "las ", "el ", "la "};
        static constexpr std::array<const char *, 4> ofs{"de los ", "de las ", "del ", "de la "};
        return {u8(subjects[std::size_t(kind)]) + rest, u8(ofs[std::size_t(kind)]) + rest, kind < 2};
    }
    }
    Q_UNREACHABLE();
}

QString DeclarationLanguage::theName(const QString &name) const
{
    return articleOf(name).subject;
}

QString DeclarationLanguage::ofTheName(const QString &name) const
{
    return articleOf(name).of;
}

QString DeclarationLanguage::bareName(const QString &name) const
{
    QString rest;
    if (leadingArticle(name, {u"the ", u"les ", u"le ", u"la ", u"l'", u"l’", u"los ", u"las ", u"el "},
                       &rest) >= 0)
        return capitalised(rest);
    return capitalised(name);
}

QString DeclarationLanguage::placeAndDate(const QString &city, QDate date) const
{
    QString when = longDate(date);
    if (!when.isEmpty() && m_table.lang == Lang::Fr)
        when.prepend(QStringLiteral("le "));
    if (city.isEmpty())
        return capitalised(when);
    return when.isEmpty() ? city : city + QStringLiteral(", ") + when;
}

QString DeclarationLanguage::title(int edition, const QString &forumName) const
{
    const QString editionPart = edition > 0 ? u8(m_table.editionOf).arg(ordinal(edition)) : QString();
    const QString namePart = forumName.isEmpty() ? QString() : u' ' + ofTheName(forumName);
    return u8(m_table.title).arg(editionPart, namePart);
}

QString DeclarationLanguage::introduction(QDate from, QDate to, const QString &city,
                                          const QString &countryName, int edition, const QString &forumName,
                                          const DeclarationFigures &figures) const
{
    const Lang l = m_table.lang;
    QStringList lead;
    if (const QString when = dateRange(from, to); !when.isEmpty())
        lead << when;
    if (!city.isEmpty()) {
        const QString at = l == Lang::En ? QStringLiteral("in ") : l == Lang::Fr ? u8("à ") : u8("en ");
        QString where = at + city;
        if (!countryName.isEmpty())
            where += l == Lang::En ? QString(QStringLiteral(", ") + countryName)
                                   : QString(QStringLiteral(" (") + countryName + u')');
        lead << where;
    } else if (!countryName.isEmpty()) {
        lead << (l == Lang::En ? QStringLiteral("in ") : QStringLiteral("en ")) + countryName;
    }

    QString subject;
    bool plural = false;
    if (edition > 0) {
        subject = (l == Lang::En   ? QStringLiteral("the %1 edition")
                   : l == Lang::Fr ? u8("la %1 édition")
                                   : u8("la %1 edición"))
                      .arg(ordinal(edition));
        if (!forumName.isEmpty())
            subject += u' ' + ofTheName(forumName);
    } else if (!forumName.isEmpty()) {
        const Article a = articleOf(forumName);
        subject = a.subject;
        plural = a.plural;
    } else {
        subject = l == Lang::En   ? QStringLiteral("the forum")
                  : l == Lang::Fr ? u8("le forum")
                                  : u8("el foro");
    }

    QString predicate;
    if (figures.participants > 0) {
        const QString people = count(figures.participants, CountedNoun::Participant);
        const bool one = figures.participants == 1;
        switch (l) {
        case Lang::En:
            predicate = QStringLiteral("brought together ") + people;
            break;
        case Lang::Fr:
            predicate = (plural ? u8("ont réuni ") : u8("a réuni ")) + people;
            break;
        case Lang::Es:
            predicate = (plural ? u8("reunieron a ") : u8("reunió a ")) + people;
            break;
        }
        if (figures.countries > 0) {
            const QString countries = count(figures.countries, CountedNoun::Country);
            const QString continents =
                figures.continents > 0 ? count(figures.continents, CountedNoun::Continent) : QString();
            switch (l) {
            case Lang::En:
                predicate += QStringLiteral(" from ") + countries;
                if (!continents.isEmpty())
                    predicate += QStringLiteral(" and ") + continents;
                break;
            case Lang::Fr:
                predicate += (one ? u8(" venu de ") : u8(" venus de ")) + countries;
                if (!continents.isEmpty())
                    predicate += QStringLiteral(" et de ") + continents;
                break;
            case Lang::Es:
                predicate += (one ? u8(" procedente de ") : u8(" procedentes de ")) + countries;
                if (!continents.isEmpty())
                    predicate += QStringLiteral(" y ") + continents;
                break;
            }
        }
    } else {
        predicate = l == Lang::En   ? QStringLiteral("took place")
                    : l == Lang::Fr ? (plural ? u8("ont eu lieu") : u8("a eu lieu"))
                                    : (plural ? u8("tuvieron lugar") : u8("tuvo lugar"));
    }
    lead << subject + u' ' + predicate;
    return capitalised(lead.join(QStringLiteral(", ")) + u'.');
}

QString DeclarationLanguage::guestsIntro() const
{
    return u8(m_table.guestsIntro);
}

QString DeclarationLanguage::participation(const QList<Category> &categories, bool womenAndMen) const
{
    QStringList groups;
    bool other = false;
    for (Category c : categories) {
        if (c == Category::Unspecified)
            continue;
        if (c == Category::Other) {
            other = true;
            continue;
        }
        const QString group = u8(m_table.categories[std::size_t(c)]);
        if (!groups.contains(group))
            groups << group;
    }
    if (other && !groups.isEmpty())
        groups << u8(m_table.categories[std::size_t(Category::Other)]);
    const QString who = u8(womenAndMen ? m_table.womenAndMen : m_table.theParticipants);
    const QString did = u8(m_table.tookPart);
    if (groups.isEmpty())
        return who + u' ' + u8(m_table.manyBackgrounds) + u' ' + did + u'.';
    return who + u8(" — ") + list(groups) + u8(" — ") + did + u'.';
}

QString DeclarationLanguage::decisionIntro() const
{
    return u8(m_table.decisionIntro);
}

QString DeclarationLanguage::otherProposals() const
{
    return u8(m_table.otherProposals);
}

QString DeclarationLanguage::conclusionHeading() const
{
    return u8(m_table.conclusion);
}

QString DeclarationLanguage::pageOf(int page, int pages) const
{
    return u8(m_table.pageOf).arg(page).arg(pages);
}

} // namespace cordee
