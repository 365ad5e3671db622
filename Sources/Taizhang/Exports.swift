// SPDX-License-Identifier: Apache-2.0
// The umbrella module: one import for the whole toolkit.

@_exported import TaizhangCSV
@_exported import TaizhangExtraction
@_exported import TaizhangIO
@_exported import TaizhangModel
@_exported import TaizhangProgress
@_exported import TaizhangSheet
@_exported import TaizhangTemplates
@_exported import TaizhangText
@_exported import TaizhangValidation
@_exported import TaizhangWorkflow
@_exported import TaizhangXLSX
@_exported import TaizhangXLSXWriter
@_exported import TaizhangXLS
@_exported import TaizhangHTMLTable
@_exported import TaizhangFileKind
