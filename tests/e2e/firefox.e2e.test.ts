import { FirefoxDriver } from './drivers';
import { defineExtensionSuite } from './suite';

defineExtensionSuite(new FirefoxDriver());
