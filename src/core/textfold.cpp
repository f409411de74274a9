#include "textfold.h"

#include <QStringView>

#include <array>

namespace cordee {

namespace {

// Letters that Unicode decomposition leaves whole but readers consider accented forms of Latin letters.
QStringView specialFold(char16_t c)
{
    switch (c) {
    case u'ß':
        return u"ss";
    case u'æ':
    case u'Æ':
        return u"ae";
    case u'œ':
    case u'Œ':
        return u"oe";
    case u'ø':
    case u'Ø':
        return u"o";
    case u'đ':
    case u'Đ':
    case u'ð':
    case u'Ð':
        return u"d";
    case u'ł':
    case u'Ł':
        return u"l";
    case u'ı':
        return u"i";
    case u'þ':
    case u'Þ':
        return u"th";
    case u'’':
    case u'‘':
    case u'ʼ':
        return u"'";
    case u'‐':
    case u'‑':
    case u'–':
    case u'—':
        return u"-";
    default:
        return {};
    }
}

// The general case: compatibility decomposition, marks dropped, special letters spelt out, case folded.
QString foldAnyText(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar ch : decomposed) {
        const auto category = ch.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
            category == QChar::Mark_Enclosing)
            continue;
        const QStringView special = specialFold(ch.unicode());
        if (!special.isEmpty()) {
            out += special;
            continue;
        }
        if (ch.isSpace()) {
            out += u' ';
            continue;
        }
        out += ch.toCaseFolded();
    }
    return out;
}

// Latin letters decompose alone, without regard to their neighbours: their folded forms are computed once by
// the general case. Most names and every e-mail are Latin, and import and search fold them by the thousand.
constexpr char16_t FoldTableEnd = 0x250; // end of Latin Extended-B

const std::array<QString, FoldTableEnd> &latinFolds()
{
    static const std::array<QString, FoldTableEnd> table = [] {
        std::array<QString, FoldTableEnd> t;
        for (char16_t c = 0; c < FoldTableEnd; ++c)
            t[c] = foldAnyText(QString(QChar(c)));
        return t;
    }();
    return table;
}

} // namespace

QString foldForSearch(const QString &text)
{
    // Most letters fold to one character: write in place, and leave the rare longer folds ("ß" → "ss") room
    // enough or to the general case, as any text beyond Latin.
    const std::array<QString, FoldTableEnd> &folds = latinFolds();
    const qsizetype capacity = text.size() * 2;
    QString out(capacity, Qt::Uninitialized);
    char16_t *d = reinterpret_cast<char16_t *>(out.data());
    char16_t *const end = d + capacity;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c >= u'A' && c <= u'Z') {
            *d++ = c + (u'a' - u'A');
        } else if (c < 0x80 && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\v' && c != u'\f') {
            *d++ = c;
        } else if (c < FoldTableEnd) {
            const QString &f = folds[c];
            if (end - d < f.size())
                return foldAnyText(text);
            for (const QChar fc : f)
                *d++ = fc.unicode();
        } else {
            return foldAnyText(text);
        }
    }
    out.truncate(d - reinterpret_cast<char16_t *>(out.data()));
    return out;
}

bool matchesAllWords(const QString &foldedHaystack, const QString &foldedQuery)
{
    qsizetype i = 0;
    const qsizetype n = foldedQuery.size();
    while (i < n) {
        while (i < n && foldedQuery.at(i) == u' ')
            ++i;
        qsizetype j = i;
        while (j < n && foldedQuery.at(j) != u' ')
            ++j;
        if (j > i && !foldedHaystack.contains(QStringView(foldedQuery).mid(i, j - i)))
            return false;
        i = j;
    }
    return true;
}

} // namespace cordee
