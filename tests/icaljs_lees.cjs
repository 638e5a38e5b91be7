// Leest een .ics met ical.js (een onafhankelijke lezer, in JavaScript) en schrijft per
// afspraak de UID, het begin en het eind in UTC en de status, als JSON (tests/test_ics.py).
const fs = require("fs");
const ICAL = require(process.argv[2]);
const agenda = new ICAL.Component(ICAL.parse(fs.readFileSync(process.argv[3], "utf8")));
for (const zone of agenda.getAllSubcomponents("vtimezone")) {
  ICAL.TimezoneService.register(zone);
}
const uit = agenda.getAllSubcomponents("vevent").map((v) => {
  const e = new ICAL.Event(v);
  return {
    uid: e.uid,
    begin: e.startDate.toJSDate().toISOString(),
    eind: e.endDate.toJSDate().toISOString(),
    status: v.getFirstPropertyValue("status"),
    rdates: v.getAllProperties("rdate").map((p) => p.getFirstValue().toJSDate().toISOString()),
  };
});
process.stdout.write(JSON.stringify(uit));
