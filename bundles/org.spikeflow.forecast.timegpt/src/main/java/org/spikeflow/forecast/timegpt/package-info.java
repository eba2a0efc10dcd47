/**
 * Client of Nixtla's TimeGPT REST API v2 ({@code POST v2/forecast}), following the contract of Nixtla's official Python
 * client (nixtla 0.6): request body, response unwrapping, retries, validation and column names. HTTP with OkHttp, JSON
 * with Jackson. The API key is never logged nor put into exception messages.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.spikeflow.forecast.timegpt;
