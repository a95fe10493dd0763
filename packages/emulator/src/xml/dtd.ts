// The inline DTD a real server puts before every generateaccounts answer, copied byte for byte from
// the captured answer in test/fixtures/captured/generateaccounts-ticket.xml (tabs and the line break included).
export const GENERATE_ACCOUNTS_DTD =
  "<!DOCTYPE Accounts [\n" +
  "\t<!ELEMENT Accounts ((Account+))>\n" +
  "\t<!ELEMENT Account ((Username,Password,TimeUsed,TimeLeft,UnlimitedTime,Quota,UnlimitedQuota,GroupPlanID,AccessFromTo,AccessID,Expire,ExpireIn,ExpireAfter,\n" +
  "                      EnableDailyTime,DailyTime,EnableDailyQuota,DailyQuota,EnableDailyLogins,DailyLogins,Download,Upload,GenerateID ))>\n" +
  "\t<!ELEMENT Username (#PCDATA)>\n" +
  "\t<!ELEMENT Password (#PCDATA)>\n" +
  "\t<!ELEMENT TimeUsed (#PCDATA)>\n" +
  "\t<!ELEMENT TimeLeft (#PCDATA)>\n" +
  "\t<!ELEMENT UnlimitedTime (#PCDATA)>\n" +
  "\t<!ELEMENT Quota (#PCDATA)>\n" +
  "\t<!ELEMENT UnlimitedQuota (#PCDATA)>\n" +
  "\t<!ELEMENT GroupPlanID (#PCDATA)>\n" +
  "\t<!ELEMENT AccessFromTo (#PCDATA)>\n" +
  "\t<!ELEMENT AccessID (#PCDATA)>\n" +
  "\t<!ELEMENT Expire (#PCDATA)>\n" +
  "\t<!ELEMENT ExpireIn (#PCDATA)>\n" +
  "\t<!ELEMENT ExpireAfter (#PCDATA)>\n" +
  "\t<!ELEMENT EnableDailyTime (#PCDATA)>\n" +
  "\t<!ELEMENT DailyTime (#PCDATA)>\n" +
  "\t<!ELEMENT EnableDailyQuota (#PCDATA)>\n" +
  "\t<!ELEMENT DailyQuota (#PCDATA)>\n" +
  "\t<!ELEMENT EnableDailyLogins (#PCDATA)>\n" +
  "\t<!ELEMENT DailyLogins (#PCDATA)>\n" +
  "\t<!ELEMENT Download (#PCDATA)>\n" +
  "\t<!ELEMENT Upload (#PCDATA)>\n" +
  "\t<!ELEMENT GenerateID (#PCDATA)>\n" +
  "]>";
