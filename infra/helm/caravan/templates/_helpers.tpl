{{- define "caravan.labels" -}}
app.kubernetes.io/part-of: caravan
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ .Chart.Name }}-{{ .Chart.Version }}
{{- end -}}
