#include "textfold.h"

#include <QStringView>

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

} // namespace

QString foldForSearch(const QString &text)
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
