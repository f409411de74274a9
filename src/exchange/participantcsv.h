#pragma once

#include "forum.h"
#include "participant.h"

#include <QByteArray>
#include <QList>

namespace cordee {

/// Writes participants as CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads accents right),
/// comma-separated, CRLF line ends, RFC 4180 quoting, columns
/// `first_name,last_name,email,organization,country,gender,category,languages,preference_1,…,preference_5,roles,status`
/// (country as ISO code, languages as space-separated codes, preferences as theme keys, roles as
/// space-separated keys, gender/category/status as their keys). Every cell that begins with `=`, `+`, `-`,
/// `@`, a tab or a carriage return gets a leading apostrophe, so no spreadsheet runs it as a formula.
QByteArray participantsToCsv(const QList<Participant> &participants);

/// The column names above, in order.
QStringList participantCsvColumns();

} // namespace cordee
