#pragma once

#include "importing/importoptions.h"
#include "importing/importresult.h"

namespace funnelscope {

class Workspace;

// Imports exchange rates (the `rates` kind) into the workspace's rates table, offline, from the files the banks
// publish (docs/currencies.md):
// - the ECB's euro reference rates, eurofxref-hist.csv: "Date,USD,JPY,...," then one line per day, units of each
//   currency per 1 EUR, "N/A" where there is none, a trailing empty column;
// - the NBP's table A archive: ";"-delimited, "data;1USD;1EUR;100HUF;...", YYYYMMDD dates, decimal commas, złoty
//   per the column's number of units, a second header line of names and the table numbers at the end of each line;
// - a generic "date,from,to,rate" file: on date, 1 from = rate to.
// A rate is stored as 1 base = rate quote on its day; a day imported again takes the new rate.
class RatesImporter
{
public:
    explicit RatesImporter(Workspace &workspace) : m_workspace(workspace) {}
    // Whether path should be read as rates: --kind rates, or a header of one of the shapes above.
    static bool isRatesFile(const QString &path, const ImportOptions &options);
    ImportResult importFile(const QString &path, const ImportOptions &options);

private:
    Workspace &m_workspace;
};

} // namespace funnelscope
