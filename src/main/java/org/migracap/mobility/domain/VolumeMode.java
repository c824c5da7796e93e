package org.migracap.mobility.domain;

/**
 * Where a route's volume comes from: the origin-destination migrant stock of the latest data, or a figure entered by a
 * coordinator (for a route that carries only part of a corridor, or a flow no data set records).
 */
public enum VolumeMode {

	DATA, ENTERED;

	public String messageKey() {
		return "mobility.volumeMode." + name();
	}

}
