export { loadShopSettings, type SettingGroup, type ShopSettings, setShopSetting } from './shop-settings.ts';
