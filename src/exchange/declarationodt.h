#pragma once

#include "declaration.h"
#include "declarationformat.h"
#include "result.h"

#include <QByteArray>

namespace cordee {

/// The declaration as an OpenDocument Text file (ODF 1.3), to be edited in a word processor: a zip whose
/// first entry is the uncompressed `mimetype`, then the manifest, content.xml (named styles only: the
/// committee restyles the whole document by editing a style), styles.xml (the `paper` page with margins, a
/// running header with the forum's name, "Page n of N" in the footer, bullets for proposals and sub-points,
/// headings kept with the next paragraph) and meta.xml (title, author, language).
Result<QByteArray> declarationToOdt(const Declaration &declaration, PaperSize paper = PaperSize::A4);

} // namespace cordee
