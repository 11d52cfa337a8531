package io.github.logicrm.jackson.internal;

import io.github.logicrm.core.satisfaction.AhpResult;
import io.github.logicrm.core.satisfaction.BlockFit;
import io.github.logicrm.core.satisfaction.BootstrapParameter;
import io.github.logicrm.core.satisfaction.BootstrapResult;
import io.github.logicrm.core.satisfaction.CompositeInvariance;
import io.github.logicrm.core.satisfaction.ConstructQuality;
import io.github.logicrm.core.satisfaction.CriterionVerdict;
import io.github.logicrm.core.satisfaction.GroupComparison;
import io.github.logicrm.core.satisfaction.HtmtPair;
import io.github.logicrm.core.satisfaction.ImportancePerformance;
import io.github.logicrm.core.satisfaction.IndicatorPrediction;
import io.github.logicrm.core.satisfaction.IpmaPoint;
import io.github.logicrm.core.satisfaction.KotlerAssessment;
import io.github.logicrm.core.satisfaction.LatentBlock;
import io.github.logicrm.core.satisfaction.MeasurementQuality;
import io.github.logicrm.core.satisfaction.NpsResult;
import io.github.logicrm.core.satisfaction.PathDifference;
import io.github.logicrm.core.satisfaction.PathEstimate;
import io.github.logicrm.core.satisfaction.PathModel;
import io.github.logicrm.core.satisfaction.PathQuality;
import io.github.logicrm.core.satisfaction.PlsEstimate;
import io.github.logicrm.core.satisfaction.PlsSummary;
import io.github.logicrm.core.satisfaction.PlscEstimate;
import io.github.logicrm.core.satisfaction.PredictionAssessment;
import io.github.logicrm.core.satisfaction.SatisfactionIndex;
import io.github.logicrm.core.satisfaction.StructuralPath;
import io.github.logicrm.core.satisfaction.Survey;
import io.github.logicrm.core.satisfaction.SurveyItem;
import io.github.logicrm.core.satisfaction.SurveyResponse;
import java.util.List;

/** The satisfaction area's value types. */
final class SatisfactionTypes {

  static final ValueTypes TYPES = new ValueTypes(
      List.of(SurveyItem.class, SurveyResponse.class, Survey.class, SatisfactionIndex.class,
          KotlerAssessment.class, NpsResult.class, AhpResult.class, LatentBlock.class, StructuralPath.class,
          PathModel.class, PathEstimate.class, BlockFit.class, PlsEstimate.class, BootstrapParameter.class,
          BootstrapResult.class, IpmaPoint.class, ImportancePerformance.class,
          ConstructQuality.class, HtmtPair.class, PathQuality.class, CriterionVerdict.class,
          MeasurementQuality.class, PlscEstimate.class, IndicatorPrediction.class, PredictionAssessment.class,
          CompositeInvariance.class, PathDifference.class, GroupComparison.class, PlsSummary.class),
      List.of());

  private SatisfactionTypes() {}
}
