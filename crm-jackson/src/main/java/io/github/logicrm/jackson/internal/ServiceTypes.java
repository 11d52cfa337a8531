package io.github.logicrm.jackson.internal;

import io.github.logicrm.core.service.Complaint;
import io.github.logicrm.core.service.CustomerCost;
import io.github.logicrm.core.service.CustomerValue;
import io.github.logicrm.core.service.DeliveredValue;
import io.github.logicrm.core.service.OtifResult;
import io.github.logicrm.core.service.RightCheck;
import io.github.logicrm.core.service.ServiceSummary;
import io.github.logicrm.core.service.Shipment;
import io.github.logicrm.core.service.ShipmentLine;
import io.github.logicrm.core.service.ShipmentScore;
import io.github.logicrm.core.service.TimeWindow;
import java.util.List;

/** The service area's value types: shipments as a TMS sends them, and the service-quality results. */
final class ServiceTypes {

  static final ValueTypes TYPES = new ValueTypes(
      List.of(Shipment.class, ShipmentLine.class, TimeWindow.class, Complaint.class, RightCheck.class,
          ShipmentScore.class, OtifResult.class, ServiceSummary.class, CustomerValue.class, CustomerCost.class,
          DeliveredValue.class),
      List.of());

  private ServiceTypes() {}
}
