export { type CustomerProfileData, customerProfile } from './customer-profile.ts';
export { customerTimeline, type TimelineItem } from './customer-timeline.ts';
export { LIVE_PROFILE_ROWS, type ProfileRows, profileRowsSql } from './profile-rows-sql.ts';
export { type CustomerListRow, type CustomerSearch, searchCustomers } from './search-customers.ts';
export { searchTextSql } from './search-text-sql.ts';
